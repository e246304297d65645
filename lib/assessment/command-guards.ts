import { eq } from 'drizzle-orm';
import * as s from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, type ActionContext } from '@/lib/action/core';

export function cycleOr404(tx: Tx, id: number) {
  const cycle = tx.select().from(s.assessmentCycles).where(eq(s.assessmentCycles.id, id)).get();
  if (!cycle) throw new ActionError('errors.notFound');
  return cycle;
}

export function officialInScope(tx: Tx, ctx: ActionContext, officialId: number) {
  const row = tx
    .select({ id: s.officials.id, path: s.units.path, unitId: s.units.id })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(eq(s.officials.id, officialId))
    .get();
  if (!row) throw new ActionError('errors.notFound');
  ctx.requireScope(row.path);
  return row;
}
