import { z } from 'zod';
import { ActionError, defineCommand, type ActionContext } from '@/lib/action/core';
import { confirmation } from '@/lib/action/confirm';
import { now } from '@/lib/clock';
import { publishRound, storeRatings } from './store';

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
        const result = storeRatings(tx, surveyId, ctx.actor.id, now());
        audit({ entity: 'rating_round', entityId: surveyId, after: result });
        return result;
      });
    },
  }),
  /** From this moment the cycle's stars, formula and inputs are public. */
  publishRatings: defineCommand({
    name: 'ratings.publish',
    permission: 'ratings.publish',
    schema: surveyRef.extend({ confirmed: confirmation }),
    run: ({ surveyId }, ctx) => {
      districtWide(ctx);
      return ctx.write((tx, audit) => {
        publishRound(tx, surveyId, ctx.actor.id, now());
        audit({ entity: 'rating_round', entityId: surveyId });
        return { surveyId };
      });
    },
  }),
};
