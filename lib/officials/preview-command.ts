// Registered with every other action (lib/commands.ts); the route handler is preview-route.ts.
import { z } from 'zod';
import { ActionError, defineCommand } from '@/lib/action/core';
import { ndjson, yieldToStream } from '@/lib/action/ndjson';
import { MAX_ROSTER_BYTES, previewRoster } from './import';
import { UnreadableFile } from './spreadsheet';

/** Checks an uploaded roster (nothing imported yet) and keeps the preview for its uploader. */
export const previewCommand = defineCommand({
  name: 'official.rosterPreview',
  // The preview is the uploader's own row; units are checked when it is imported.
  scope: 'none',
  permission: 'officials.import',
  messages: 'staff.import.errors',
  schema: z.object({ file: z.instanceof(File, { message: 'staff.import.errors.noFile' }) }),
  run: async ({ file }, ctx) => {
    if (file.size === 0) throw new ActionError('staff.import.errors.noFile');
    if (file.size > MAX_ROSTER_BYTES) throw new ActionError('staff.import.errors.tooBig');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { getTranslations } = await import('next-intl/server');
    const t = await getTranslations('staff.import');
    return ndjson(async (send) => {
      try {
        const result = await previewRoster(ctx.actor, { name: file.name, bytes }, async (done, total) => {
          send({ type: 'progress', done, total });
          await yieldToStream();
        });
        send({
          type: 'result',
          importId: result.importId,
          total: result.total,
          valid: result.valid,
          errorCount: result.errors.length,
          errors: result.errors.slice(0, 500).map((e) => ({ ...e, message: t(`problems.${e.problem}`) })),
          sample: result.rows.slice(0, 20),
        });
      } catch (error) {
        send({ type: 'error', message: t(error instanceof UnreadableFile ? `errors.${error.message}` : 'errors.unreadable') });
      }
    });
  },
});
