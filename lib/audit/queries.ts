import 'server-only';
import { and, desc, eq, gte, like, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, units } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { safePage } from '@/lib/paging';
import { startOfDistrictDay } from '@/lib/district-time';

export const AUDIT_PAGE_SIZE = 100;

export type AuditFilter = { actor?: string; action?: string; entity?: string; from?: string; to?: string; page?: number };

const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? startOfDistrictDay(value) : undefined);

/** Newest first. A scoped viewer sees only entries about records in their units. */
export function listAudit(actor: Actor, filter: AuditFilter) {
  const page = safePage(filter.page);
  const from = day(filter.from);
  const to = day(filter.to);
  const where = and(
    actor.unitPath === null
      ? undefined
      : sql`${auditLog.unitId} in (select ${units.id} from ${units} where ${like(units.path, `${actor.unitPath}%`)})`,
    filter.actor ? eq(auditLog.actorName, filter.actor) : undefined,
    filter.action ? or(eq(auditLog.action, filter.action), like(auditLog.action, `${filter.action}%`)) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    from ? gte(auditLog.at, from) : undefined,
    to ? lt(auditLog.at, new Date(to.getTime() + 86_400_000)) : undefined,
  );
  const rows = db()
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(where)
      .get()?.n ?? 0;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

export function listAuditFacets() {
  const actions = db().selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all();
  const entities = db().selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all();
  return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v) };
}
