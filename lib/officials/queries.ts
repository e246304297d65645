import 'server-only';
import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { officials, units, type Official } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';
import { safePage } from '@/lib/paging';

export const PAGE_SIZE = 50;

export type OfficialListFilter = { q?: string; unitId?: number; page?: number };
export type OfficialRow = Official & { unitName: string; unitNameEn: string | null; unitPath: string };

const columns = {
  id: officials.id,
  unitId: officials.unitId,
  name: officials.name,
  position: officials.position,
  positionEn: officials.positionEn,
  grade: officials.grade,
  bio: officials.bio,
  photoUrl: officials.photoUrl,
  active: officials.active,
  createdAt: officials.createdAt,
  unitName: units.name,
  unitNameEn: units.nameEn,
  unitPath: units.path,
};

export function listOfficials(actor: Actor, filter: OfficialListFilter = {}) {
  const page = safePage(filter.page);
  const unit = filter.unitId ? db().select({ path: units.path }).from(units).where(eq(units.id, filter.unitId)).get() : undefined;
  const where = and(
    unitScope(actor),
    unit ? like(units.path, `${unit.path}%`) : undefined,
    filter.q ? or(like(officials.name, `%${filter.q}%`), like(officials.position, `%${filter.q}%`)) : undefined,
  );
  const rows: OfficialRow[] = db()
    .select(columns)
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(where)
    .orderBy(asc(units.path), asc(officials.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(officials)
      .innerJoin(units, eq(units.id, officials.unitId))
      .where(where)
      .get()?.n ?? 0;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One official, only if inside the actor's scope: an id from another unit reads as not found. */
export function getOfficial(actor: Actor, id: number): OfficialRow | undefined {
  return db()
    .select(columns)
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(officials.id, id), unitScope(actor)))
    .get();
}
