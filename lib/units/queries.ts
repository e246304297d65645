import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { officials, units, type Unit } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';

export type UnitRow = Unit & { officialCount: number };

/** Units in the actor's scope, in tree order (path order keeps children under their parents). */
export function listUnits(actor: Actor): UnitRow[] {
  return db()
    .select({
      id: units.id,
      parentId: units.parentId,
      kind: units.kind,
      name: units.name,
      nameEn: units.nameEn,
      path: units.path,
      households: units.households,
      createdAt: units.createdAt,
      officialCount: sql<number>`(select count(*) from ${officials} where ${officials.unitId} = ${units.id})`,
    })
    .from(units)
    .where(unitScope(actor))
    .orderBy(asc(units.path))
    .all();
}

export function getUnit(id: number): Unit | undefined {
  return db().select().from(units).where(eq(units.id, id)).get();
}

export function listCommunities(): Pick<Unit, 'id' | 'name' | 'households' | 'parentId'>[] {
  return db()
    .select({ id: units.id, name: units.name, households: units.households, parentId: units.parentId })
    .from(units)
    .where(eq(units.kind, 'community'))
    .orderBy(asc(units.path))
    .all();
}

export function countUnitsByKind(): Record<string, number> {
  const rows = db()
    .select({ kind: units.kind, n: sql<number>`count(*)` })
    .from(units)
    .groupBy(units.kind)
    .all();
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}
