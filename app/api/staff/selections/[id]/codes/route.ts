import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { units } from '@/db/schema';
import { originMatches, requirePermission } from '@/lib/action';
import { inScope } from '@/lib/auth/permissions';
import { issueCodes } from '@/lib/selection/issue';
import { issueSchema } from '@/lib/selection/schemas';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

/** Issues a batch and streams NDJSON progress; the plain codes appear once, in the last line. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations('staff.codes');
  const refuse = (status: number, key: string) => Response.json({ type: 'error', message: t(`errors.${key}`) }, { status });
  if (!(await originMatches(request.headers))) return refuse(403, 'origin');
  const actor = await requirePermission('codes.issue');
  if (!actor) return refuse(403, 'forbidden');
  const body = await request.json().catch(() => null);
  const parsed = issueSchema.safeParse({ ...(body ?? {}), selectionId: (await params).id });
  if (!parsed.success) return refuse(422, 'invalid');
  const community = db().select().from(units).where(eq(units.id, parsed.data.communityId)).get();
  if (!community || !inScope(actor, community.path)) return refuse(403, 'outOfScope');

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const result = await issueCodes(db(), parsed.data, actor, async (done, total) => {
          send({ type: 'progress', done, total });
          await new Promise((resolve) => setImmediate(resolve));
        });
        if (result.ok) send({ type: 'result', batchId: result.batchId, community: community.name, codes: result.codes });
        else send({ type: 'error', message: t(`errors.${result.reason}`) });
      } catch (error) {
        log.error({ area: 'codes', error: error instanceof Error ? error.message : error }, 'issue failed');
        send({ type: 'error', message: t('errors.failed') });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
