import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { officials, units } from '@/db/schema';
import { inScope, type Actor } from '@/lib/auth/permissions';
import { requestMetrics, type RequestMetrics } from './metrics';

export type MetricsRow = RequestMetrics & { id: number; name: string; unitName: string | null };

/** The year's request figures per official or per unit, limited to what the actor may see, most requests first. */
export function metricsTable(actor: Actor, by: 'official' | 'unit', year: number): MetricsRow[] {
  const metrics = requestMetrics(db(), by, { from: `${year}-01-01`, to: `${year}-12-31` });
  const ids = [...metrics.keys()];
  if (!ids.length) return [];
  const named =
    by === 'official'
      ? db()
          .select({ id: officials.id, name: officials.name, unitName: units.name, path: units.path })
          .from(officials)
          .innerJoin(units, eq(units.id, officials.unitId))
          .where(inArray(officials.id, ids))
          .all()
      : db()
          .select({ id: units.id, name: units.name, unitName: units.name, path: units.path })
          .from(units)
          .where(inArray(units.id, ids))
          .all()
          .map((u) => ({ ...u, unitName: null }));
  return named
    .filter((n) => inScope(actor, n.path))
    .map(({ path: _path, ...n }) => ({ ...n, ...metrics.get(n.id)! }))
    .sort((a, b) => b.received - a.received || a.id - b.id);
}
