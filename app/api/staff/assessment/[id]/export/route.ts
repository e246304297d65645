import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/action';
import { scoreTable, toXlsx } from '@/lib/assessment/export';
import { currentSnapshot, getCycle, scoreRows, unitInScope } from '@/lib/assessment/queries';
import { csv } from '@/lib/open-data';

export const dynamic = 'force-dynamic';

/** The current scores as .xlsx or CSV: staff with scores.read only, rows limited to the actor's units. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations();
  const refuse = (status: number, key: string) => Response.json({ error: key, message: t(key) }, { status });
  const actor = await requirePermission('scores.read');
  if (!actor) return refuse(403, 'errors.forbidden');
  const loaded = getCycle(Number((await params).id) || 0);
  const snapshot = loaded && currentSnapshot(loaded.cycle.id);
  if (!loaded || !snapshot) return refuse(404, 'errors.notFound');
  const url = new URL(request.url);
  const unitId = Number(url.searchParams.get('unit'));
  const unit = unitId ? unitInScope(actor, unitId) : undefined;
  if (unitId && !unit) return refuse(403, 'errors.outOfScope');

  const { header, body } = scoreTable(scoreRows(actor, snapshot.id, unit?.path), loaded.indicators, (key) =>
    t(`assessment.columns.${key}`),
  );
  const name = `assessment-${loaded.cycle.year}-${loaded.cycle.id}`;
  const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (url.searchParams.get('format') === 'xlsx') {
    const file = await toXlsx(loaded.cycle.name, header, body);
    return new Response(new Uint8Array(file), {
      headers: {
        ...headers,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name}.xlsx"`,
      },
    });
  }
  return new Response(csv(header, body), {
    headers: { ...headers, 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` },
  });
}
