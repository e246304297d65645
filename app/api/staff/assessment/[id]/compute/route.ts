import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { originMatches, requirePermission } from '@/lib/action';
import { computeCycle } from '@/lib/assessment/compute';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** Recomputes a cycle and streams NDJSON progress (sources read, scoring, writing), then the result. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations();
  const refuse = (status: number, key: string) => Response.json({ type: 'error', message: t(key) }, { status });
  if (!(await originMatches(request.headers))) return refuse(403, 'errors.origin');
  const actor = await requirePermission('assessment.manage');
  if (!actor) return refuse(403, 'errors.forbidden');
  if (actor.unitPath !== null) return refuse(403, 'errors.outOfScope');
  const cycleId = Number((await params).id);
  if (!Number.isInteger(cycleId) || cycleId <= 0) return refuse(404, 'errors.notFound');

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const outcome = await computeCycle(db(), cycleId, actor, async (p) => {
          send({ type: 'progress', done: p.done, total: p.total, phase: p.phase, label: t(`assessment.compute.phase.${p.phase}`, p) });
          await new Promise((resolve) => setImmediate(resolve));
        });
        if (!outcome) send({ type: 'error', message: t('errors.notFound') });
        else if (!outcome.ok) send({ type: 'error', message: t('assessment.errors.configInvalid') });
        else
          send({ type: 'result', ...outcome, message: t(outcome.unchanged ? 'assessment.compute.unchanged' : 'assessment.compute.done') });
      } catch (error) {
        log.error({ area: 'assessment', error: error instanceof Error ? error.message : error }, 'compute failed');
        send({ type: 'error', message: t('errors.unexpected') });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
