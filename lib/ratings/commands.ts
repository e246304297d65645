import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { communityRatings, ratingRounds } from '@/db/schema';
import { ActionError, defineCommand, type ActionContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { getSurveyIn } from '@/lib/surveys/draw';
import { computeRatings } from './compute';
import { defaultFormula } from './formula';

const surveyRef = z.object({ surveyId: z.coerce.number('field.required').int('field.number').positive('field.required') });

function districtWide(ctx: ActionContext) {
  if (ctx.actor.unitPath !== null) throw new ActionError('errors.outOfScope');
}

export const commands = {
  /** Computes (or recomputes, until published) every community's stars with the published formula. */
  computeRatings: defineCommand({
    name: 'ratings.compute',
    permission: 'ratings.publish',
    schema: surveyRef,
    run: ({ surveyId }, ctx) => {
      districtWide(ctx);
      return ctx.write((tx, audit) => {
        const survey = getSurveyIn(tx, surveyId);
        if (survey.status !== 'closed') throw new ActionError('ratings.errors.surveyNotClosed');
        const round = tx.select().from(ratingRounds).where(eq(ratingRounds.surveyId, surveyId)).get();
        if (round?.publishedAt) throw new ActionError('ratings.errors.alreadyPublished');
        const formula = defaultFormula(survey.year);
        const rows = computeRatings(tx, survey, formula);
        tx.delete(communityRatings).where(eq(communityRatings.surveyId, surveyId)).run();
        for (const r of rows) {
          tx.insert(communityRatings)
            .values({ surveyId, communityId: r.communityId, stars: r.rating.stars, score: r.rating.score ?? 0, inputs: r.inputs })
            .run();
        }
        const values = { formula, computedAt: now(), computedBy: ctx.actor.id };
        tx.insert(ratingRounds)
          .values({ surveyId, ...values })
          .onConflictDoUpdate({ target: ratingRounds.surveyId, set: values })
          .run();
        audit({ entity: 'rating_round', entityId: surveyId, after: { communities: rows.length } });
        return { communities: rows.length };
      });
    },
  }),
  /** From this moment the cycle's stars, formula and inputs are public. */
  publishRatings: defineCommand({
    name: 'ratings.publish',
    permission: 'ratings.publish',
    schema: surveyRef,
    run: ({ surveyId }, ctx) => {
      districtWide(ctx);
      return ctx.write((tx, audit) => {
        const done = tx
          .update(ratingRounds)
          .set({ publishedAt: now(), publishedBy: ctx.actor.id })
          .where(and(eq(ratingRounds.surveyId, surveyId), isNull(ratingRounds.publishedAt)))
          .run();
        if (done.changes === 0) throw new ActionError('ratings.errors.nothingToPublish');
        audit({ entity: 'rating_round', entityId: surveyId });
        return {};
      });
    },
  }),
};
