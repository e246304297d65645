import { z } from 'zod';
import { definePublicCommand } from '@/lib/action/core';
import { stepMinutes, type CodeKind } from '@/lib/one-time-code';

/**
 * More time for a task kept in a one-time-code cookie (a ballot in progress, a review form): the
 * cookie the browser holds is sealed again with a fresh expiry; nothing is written on the server, and
 * without such a cookie it refuses as expired. See components/ui/session-clock.tsx.
 */
function extend<K extends 'ballot' | 'review'>(kind: K, name: string, messages: string) {
  return definePublicCommand({
    name,
    scope: 'none',
    messages,
    code: { kind, needs: 'cookie' as const },
    schema: z.object({}),
    run: async (_input, ctx) => {
      const value = await ctx.code.recall();
      if (value) await ctx.code.remember(value);
      return { remainingMs: stepMinutes(kind as CodeKind) * 60_000 };
    },
  });
}

export const commands = {
  extendBallot: extend('ballot', 'vote.extend', 'vote.refusals'),
  extendReview: extend('review', 'review.extend', 'reviewForm.refusals'),
};
