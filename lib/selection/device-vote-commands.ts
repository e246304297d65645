import { z } from 'zod';
import { db } from '@/db';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { castEncrypted } from '@/lib/election/casting';
import { log } from '@/lib/log';
import { codeRefusals } from './cast';
import { checkCode } from './code-check';

// An encrypted selection voted with JavaScript: the code never leaves the voter's device. The device
// sends its public credential (to learn early that the code can vote) and then the ballot it
// encrypted and signed; wrong codes count against the client as in the plain flow.
const refusal = (reason: string) => new ActionError(`vote.refusals.${reason}`);
const year = z.coerce.number().catch(0);

/** A ballot sealed by the voter's device, a kiosk or an app: checked on the worker pool, then cast. */
export async function castSealed(year: number, ballot: string, origin: 'device' | 'kiosk') {
  try {
    return await castEncrypted(db(), { year, ballot, origin }, now());
  } catch (error) {
    // Nothing was written: the code is still unused, so the voter can simply try again.
    log.error({ area: 'vote', error: error instanceof Error ? error.message : error }, 'cast failed');
    throw refusal('retry');
  }
}

export const deviceCommands = {
  /** The device's first step: can the code behind this public credential vote now? Nothing is remembered. */
  checkCredential: definePublicCommand({
    name: 'vote.checkCredential',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot' },
    schema: z.object({
      year,
      credential: z
        .string()
        .catch('')
        .transform((c) => c.slice(0, 64)),
    }),
    run: async ({ year, credential }, ctx) => {
      const result = checkCode(db(), year, credential, now(), false);
      if (!result.ok) {
        if (codeRefusals.includes(result.reason)) await ctx.code.failed();
        throw refusal(result.reason);
      }
    },
  }),

  /** The ballot the device encrypted and signed: checked on the worker pool, then the code is burnt. */
  castDeviceBallot: definePublicCommand({
    name: 'vote.castDevice',
    scope: 'none',
    messages: 'vote.refusals',
    code: { kind: 'ballot' },
    schema: z.object({
      year,
      ballot: z
        .string()
        .catch('')
        .transform((b) => b.slice(0, 200_000)),
    }),
    run: async ({ year, ballot }, ctx) => {
      const result = await castSealed(year, ballot, 'device');
      if (!result.ok) {
        if (codeRefusals.includes(result.reason)) await ctx.code.failed();
        throw refusal(result.reason);
      }
      await ctx.step('receipt').remember({ year, trackingCode: result.trackingCode });
      return { trackingCode: result.trackingCode };
    },
  }),
};
