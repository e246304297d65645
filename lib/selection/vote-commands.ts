import { z } from 'zod';
import { db } from '@/db';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { checkChoice, codeRefusals, selectionMode } from './cast';
import { castQueued } from './cast-queue';
import { castEncrypted } from '@/lib/election/casting';
import { castSealed } from './device-vote-commands';
import { checkCode } from './code-check';
import { getSelectionByYear, listCandidates } from './queries';
import { ballotSchema } from './schemas';

// A ballot code's step: wrong, used or revoked codes count against the client (20 in 15 minutes);
// valid codes never do, so a family voting from one phone, or a community kiosk, is never blocked.
// Nothing here is audited: a ballot's time next to anything else would weaken its secrecy.
const refusal = (reason: string, values?: Record<string, string>) => new ActionError(`vote.refusals.${reason}`, undefined, values);

// An encrypted selection's plain choices (no JavaScript, or a kiosk) are encrypted by the server on
// the voter's behalf, in memory: no plain choice is ever stored for it.
async function cast(year: number, code: string, candidateIds: number[]) {
  try {
    if (selectionMode(db(), year) === 'encrypted') return await castEncrypted(db(), { year, code, candidateIds }, now());
    return await castQueued(db(), { year, code, candidateIds }, now());
  } catch (error) {
    // The transaction rolled back: the code is still unused, so the voter can simply try again.
    log.error({ area: 'vote', error: error instanceof Error ? error.message : error }, 'cast failed');
    throw refusal('retry');
  }
}

export const commands = {
  /** Step 1: a code that can vote now opens the ballot. */
  enterCode: definePublicCommand({
    name: 'vote.enterCode',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot' },
    schema: z.object({
      year: z.coerce.number().catch(0),
      code: z
        .string()
        .catch('')
        .transform((c) => c.slice(0, 40)),
    }),
    run: async ({ year, code }, ctx) => {
      const result = checkCode(db(), year, code, now());
      if (!result.ok) {
        if (codeRefusals.includes(result.reason)) await ctx.code.failed();
        throw refusal(result.reason);
      }
      await ctx.code.remember({ year, code: result.code, choices: [] });
    },
  }),

  /** Step 2: the choice is checked and kept in the voter's browser for review. */
  reviewChoices: definePublicCommand({
    name: 'vote.reviewChoices',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot', needs: 'cookie' },
    schema: z.object({
      candidate: z
        .array(z.string())
        .catch([])
        .transform((v) => v.slice(0, 60).map(Number)),
      profile: z.coerce.number().catch(0),
    }),
    run: async ({ candidate: ids, profile }, ctx) => {
      const ballot = (await ctx.code.recall())!;
      const selection = getSelectionByYear(ballot.year);
      if (!selection) throw refusal('noSelection');
      const known = new Set(listCandidates(selection.id).map((c) => c.id));
      // "About this candidate" on the ballot: keep what is ticked so far, read the profile, come back to it.
      if (known.has(profile)) {
        const kept = [...new Set(ids.filter((id) => known.has(id)))].slice(0, selection.maxChoices);
        await ctx.code.remember({ ...ballot, choices: kept });
        return { next: `/selections/${selection.year}/candidates/${profile}?from=ballot` };
      }
      const problem = checkChoice(ids, selection.maxChoices);
      const reason = problem ?? (ids.every((id) => known.has(id)) ? null : 'notCandidate');
      if (reason) throw refusal(reason, { candidates: ids.filter((id) => known.has(id)).join(',') });
      await ctx.code.remember({ ...ballot, choices: ids });
      return { next: '/vote/review' };
    },
  }),

  /** Step 3: cast. The receipt is shown only after the transaction has committed. */
  confirmBallot: definePublicCommand({
    name: 'vote.confirm',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot', needs: 'cookie' },
    schema: z.object({}),
    run: async (_input, ctx) => {
      const ballot = (await ctx.code.recall())!;
      if (ballot.choices.length === 0) throw refusal('expired');
      const result = await cast(ballot.year, ballot.code, ballot.choices);
      if (!result.ok) throw refusal(result.reason);
      // The code and choices are forgotten; only the tracking code remains, to be shown once.
      await ctx.code.forget();
      await ctx.step('receipt').remember({ year: ballot.year, trackingCode: result.trackingCode });
    },
  }),

  /** POST /api/v1/ballots for kiosks and mini-programs: the same cast as the web ballot, in one request. */
  castOverApi: definePublicCommand({
    name: 'ballots.cast',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot' },
    schema: ballotSchema,
    run: async (input, ctx) => {
      const result =
        'ballot' in input
          ? await castSealed(input.selection, input.ballot, ctx.client.kiosk ? 'kiosk' : 'device')
          : await cast(input.selection, input.code, input.candidates);
      if (!result.ok) {
        if (codeRefusals.includes(result.reason)) await ctx.code.failed();
        throw refusal(result.reason);
      }
      return { trackingCode: result.trackingCode };
    },
  }),
};
