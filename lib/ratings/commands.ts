import { z } from 'zod';
import { defineCommand } from '@/lib/action/core';
import { confirmation } from '@/lib/action/confirm';
import { now } from '@/lib/clock';
import { publishRound, storeRatings } from './store';

const surveyRef = z.object({ surveyId: z.coerce.number('field.required').int('field.number').positive('field.required') });

export const commands = {
  /** Computes (or recomputes, until published) every community's stars with the published formula. */
  computeRatings: defineCommand({
    name: 'ratings.compute',
    scope: 'district',
    permission: 'ratings.publish',
    schema: surveyRef,
    run: ({ surveyId }, ctx) => {
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
    scope: 'district',
    permission: 'ratings.publish',
    schema: surveyRef.extend({ confirmed: confirmation }),
    run: ({ surveyId }, ctx) => {
      return ctx.write((tx, audit) => {
        publishRound(tx, surveyId, ctx.actor.id, now());
        audit({ entity: 'rating_round', entityId: surveyId });
        return { surveyId };
      });
    },
  }),
};
