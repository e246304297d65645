import { getTranslations } from 'next-intl/server';
import { originMatches, requirePermission } from '@/lib/action';
import { MAX_ROSTER_BYTES, previewRoster } from '@/lib/officials/import';
import { UnreadableFile } from '@/lib/officials/spreadsheet';

export const dynamic = 'force-dynamic';

/** Streams NDJSON: progress lines while the file is checked, then one result line. */
export async function POST(request: Request) {
  const t = await getTranslations('staff.import');
  const refuse = (status: number, message: string) => Response.json({ type: 'error', message }, { status });
  if (!(await originMatches(request.headers))) return refuse(403, t('errors.origin'));
  const actor = await requirePermission('officials.import');
  if (!actor) return refuse(403, t('errors.forbidden'));
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return refuse(400, t('errors.noFile'));
  if (file.size > MAX_ROSTER_BYTES) return refuse(413, t('errors.tooBig'));
  const bytes = new Uint8Array(await file.arrayBuffer());

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await previewRoster(actor, { name: file.name, bytes }, async (done, total) => {
          send({ type: 'progress', done, total });
          await new Promise((resolve) => setImmediate(resolve));
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
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
