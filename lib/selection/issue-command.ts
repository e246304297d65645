// Registered with every other action (lib/commands.ts); the route handler is issue-route.ts.
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { units } from '@/db/schema';
import { defineCommand } from '@/lib/action/core';
import { ndjson, yieldToStream } from '@/lib/action/ndjson';
import { log } from '@/lib/log';
import { issueCodes } from './issue';
import { issueSchema } from './schemas';

/** Issues a batch of ballot codes for a community in the organizer's scope; the batch and its audit row commit together in issueCodes. */
export const issueCommand = defineCommand({
  name: 'codes.issue',
  scope: 'unit',
  permission: 'codes.issue',
  messages: 'staff.codes.errors',
  schema: issueSchema,
  run: async (input, ctx) => {
    const community = db().select().from(units).where(eq(units.id, input.communityId)).get();
    ctx.requireScope(community?.path);
    const { getTranslations } = await import('next-intl/server');
    const t = await getTranslations('staff.codes');
    return ndjson(async (send) => {
      try {
        const result = await issueCodes(db(), input, ctx.actor, async (done, total) => {
          send({ type: 'progress', done, total });
          await yieldToStream();
        });
        if (result.ok) send({ type: 'result', batchId: result.batchId, community: community!.name, codes: result.codes });
        else send({ type: 'error', message: t(`errors.${result.reason}`) });
      } catch (error) {
        log.error({ area: 'codes', error: error instanceof Error ? error.message : error }, 'issue failed');
        send({ type: 'error', message: t('errors.failed') });
      }
    });
  },
});
