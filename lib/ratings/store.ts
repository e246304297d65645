import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/tx';
import { communityRatings, ratingRounds } from '@/db/schema';
import { ActionError } from '@/lib/action/core';
import { getSurveyIn } from '@/lib/surveys/draw';
import { computeRatings } from './compute';
import { defaultFormula } from './formula';

/** Computes a closed cycle's stars with the formula fixed into its round; recomputing replaces them until published. */
export function storeRatings(tx: Tx, surveyId: number, actorId: number | null, at: Date) {
  const survey = getSurveyIn(tx, surveyId);
  if (survey.status !== 'closed') throw new ActionError('ratings.errors.surveyNotClosed');
  const round = tx.select().from(ratingRounds).where(eq(ratingRounds.surveyId, surveyId)).get();
  if (round?.publishedAt) throw new ActionError('ratings.errors.alreadyPublished');
  const formula = defaultFormula(survey.year);
  const rows = computeRatings(tx, survey, formula);
  tx.delete(communityRatings).where(eq(communityRatings.surveyId, surveyId)).run();
  for (let i = 0; i < rows.length; i += 200) {
    tx.insert(communityRatings)
      .values(
        rows
          .slice(i, i + 200)
          .map((r) => ({ surveyId, communityId: r.communityId, stars: r.rating.stars, score: r.rating.score ?? 0, inputs: r.inputs })),
      )
      .run();
  }
  const values = { formula, computedAt: at, computedBy: actorId };
  tx.insert(ratingRounds)
    .values({ surveyId, ...values })
    .onConflictDoUpdate({ target: ratingRounds.surveyId, set: values })
    .run();
  return { communities: rows.length };
}

export function publishRound(tx: Tx, surveyId: number, actorId: number | null, at: Date) {
  const done = tx
    .update(ratingRounds)
    .set({ publishedAt: at, publishedBy: actorId })
    .where(and(eq(ratingRounds.surveyId, surveyId), isNull(ratingRounds.publishedAt)))
    .run();
  if (done.changes === 0) throw new ActionError('ratings.errors.nothingToPublish');
}
