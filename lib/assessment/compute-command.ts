// Registered with every other action (lib/commands.ts); the route handler is compute-route.ts.
import { z } from 'zod';
import { db } from '@/db';
import { defineCommand } from '@/lib/action/core';
import { ndjson, yieldToStream } from '@/lib/action/ndjson';
import { log } from '@/lib/log';
import { computeCycle } from './compute';

/** Recomputes a cycle with progress; the snapshot and its audit row commit together in computeCycle. */
export const computeStreamCommand = defineCommand({
  name: 'assessment.computeStream',
  scope: 'district',
  permission: 'assessment.manage',
  schema: z.object({ cycleId: z.coerce.number().int().positive() }),
  run: async ({ cycleId }, ctx) => {
    const { getTranslations } = await import('next-intl/server');
    const t = await getTranslations();
    return ndjson(async (send) => {
      try {
        const outcome = await computeCycle(db(), cycleId, ctx.actor, async (p) => {
          send({ type: 'progress', done: p.done, total: p.total, phase: p.phase, label: t(`assessment.compute.phase.${p.phase}`, p) });
          await yieldToStream();
        });
        if (!outcome) send({ type: 'error', message: t('errors.notFound') });
        else if (!outcome.ok) send({ type: 'error', message: t('assessment.errors.configInvalid') });
        else
          send({ type: 'result', ...outcome, message: t(outcome.unchanged ? 'assessment.compute.unchanged' : 'assessment.compute.done') });
      } catch (error) {
        log.error({ area: 'assessment', error: error instanceof Error ? error.message : error }, 'compute failed');
        send({ type: 'error', message: t('errors.unexpected') });
      }
    });
  },
});
