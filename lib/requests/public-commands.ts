import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { requestCategories, type RequestChannel } from '@/db/schema';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { failureLimiter } from '@/lib/rate-limit';
import { fileRequest, LedgerError, residentMove } from './ledger';
import { fileRequestSchema, residentMoveSchema } from './schemas';

// Filing: generous for people (a community centre files for many), tight for scripts.
const filings = failureLimiter('request-file', 20, 60 * 60);

/** A resident's request from the web form or the API: checked, limited per client, filed. */
const fileCommand = (name: string, channel: RequestChannel) =>
  definePublicCommand({
    name,
    scope: 'none',
    limit: { limiter: filings, count: 'success' },
    schema: fileRequestSchema,
    run: (input, ctx) => {
      const category = db().select().from(requestCategories).where(eq(requestCategories.code, input.category)).get();
      if (!category?.active) throw new ActionError('errors.invalid', { category: ['field.invalid'] });
      try {
        const filed = ctx.write((tx) =>
          fileRequest(tx, { ...input, categoryId: category.id, communityId: input.community, channel }, now()),
        );
        // The number and the key are shown once, on the answer.
        return { number: filed.number, key: filed.key };
      } catch (error) {
        if (error instanceof LedgerError) throw new ActionError('errors.invalid', { [error.reason]: ['field.invalid'] });
        throw error;
      }
    },
  });

export const commands = {
  fileRequest: fileCommand('requests.file', 'online'),
  fileRequestOverApi: fileCommand('requests.fileOverApi', 'api'),

  /** The resident confirms (1–5) or reopens, proving with the key; wrong keys count against the client. */
  residentAnswer: definePublicCommand({
    name: 'requests.residentAnswer',
    scope: 'none',
    code: { kind: 'requestKey' },
    schema: residentMoveSchema,
    run: async (input, ctx) => {
      try {
        const after = ctx.write((tx) => residentMove(tx, input, now()));
        return { number: input.number, status: after.status };
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        if (error.reason === 'wrongKey') await ctx.code.failed();
        throw new ActionError(error.reason === 'wrongKey' ? 'requests.errors.wrongKey' : 'requests.errors.badMove');
      }
    },
  }),
};
