import { z } from 'zod';
import { db } from '@/db';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { reviewGrades } from '@/lib/enums';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { lookUpCode, submitOnline } from './write';

const refusal = (reason: string) => new ActionError(`reviewForm.refusals.${reason}`);
const grade = z.enum(reviewGrades, 'reviewForm.pickOne');

export const commands = {
  /** Step 1: a code that can still be used opens the form. Nothing is written. */
  enterReviewCode: definePublicCommand({
    name: 'review.enterCode',
    scope: 'none',
    messages: 'reviewForm.refusals',
    code: { kind: 'review' },
    schema: z.object({
      code: z
        .string()
        .catch('')
        .transform((c) => c.slice(0, 40)),
    }),
    run: async ({ code }, ctx) => {
      const found = lookUpCode(db(), code);
      if (!found.ok) {
        await ctx.code.failed();
        throw refusal(found.reason);
      }
      await ctx.code.remember({ code: found.code });
    },
  }),

  /** Step 2: the five grades; the code is burnt and the form stored together, once. */
  submitReviewForm: definePublicCommand({
    name: 'review.submitForm',
    scope: 'none',
    messages: 'reviewForm.refusals',
    invalidMessage: 'reviewForm.refusals.incomplete',
    code: { kind: 'review', needs: 'cookie' },
    schema: z.object({ morality: grade, ability: grade, diligence: grade, achievement: grade, integrity: grade }),
    run: async (grades, ctx) => {
      const { code } = (await ctx.code.recall())!;
      let result;
      try {
        result = submitOnline(db(), code, grades, now());
      } catch (error) {
        log.error({ area: 'review', error: error instanceof Error ? error.message : error }, 'review form failed');
        throw refusal('retry');
      }
      await ctx.code.forget();
      if (!result.ok) {
        await ctx.code.failed();
        throw refusal(result.reason);
      }
    },
  }),
};
