import 'server-only';
import { and, asc, desc, eq, inArray, isNull, like, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { officials, requestCategories, requestEvents, requests, staff, units } from '@/db/schema';
import { inScope, type Actor } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { overdueOf } from './deadlines';
import type { RequestFilter } from './filters';
import { filedWithin, outcomeSql, yearPeriod } from './metrics';
import { requestInScope } from './scope';
import { safePage } from '@/lib/paging';

export const PAGE_SIZE = 50;

const community = alias(units, 'community');
const street = alias(units, 'street');
const assignedUnit = alias(units, 'assigned_unit');

/** Requests of the actor's communities, or handed to one of the actor's units: in the WHERE clause itself. */
function scopeWhere(actor: Actor): SQL | undefined {
  if (actor.unitPath === null) return undefined;
  return or(like(community.path, `${actor.unitPath}%`), like(assignedUnit.path, `${actor.unitPath}%`));
}

export function overdueWhere(at: Date): SQL {
  return and(
    notInArray(requests.status, ['resolved', 'confirmed']),
    or(and(isNull(requests.respondedAt), lt(requests.respondBy, at)), lt(requests.resolveBy, at)),
  )!;
}

export function listRequests(actor: Actor, filter: RequestFilter = {}) {
  const at = now();
  const page = safePage(filter.page);
  const where = and(
    scopeWhere(actor),
    filter.status ? eq(requests.status, filter.status) : undefined,
    filter.category ? eq(requests.categoryId, filter.category) : undefined,
    filter.community ? eq(requests.communityId, filter.community) : undefined,
    filter.official ? eq(requests.assignedOfficialId, filter.official) : undefined,
    filter.unit ? eq(requests.assignedUnitId, filter.unit) : undefined,
    filter.year ? filedWithin(yearPeriod(filter.year)) : undefined,
    filter.outcome ? outcomeSql[filter.outcome] : undefined,
    filter.overdue ? overdueWhere(at) : undefined,
  );
  const base = () =>
    db()
      .select({
        id: requests.id,
        number: requests.number,
        status: requests.status,
        channel: requests.channel,
        description: requests.description,
        createdAt: requests.createdAt,
        respondBy: requests.respondBy,
        resolveBy: requests.resolveBy,
        respondedAt: requests.respondedAt,
        categoryZh: requestCategories.nameZh,
        categoryEn: requestCategories.nameEn,
        communityName: community.name,
        assignedUnitName: assignedUnit.name,
        officialName: officials.name,
      })
      .from(requests)
      .innerJoin(requestCategories, eq(requestCategories.id, requests.categoryId))
      .innerJoin(community, eq(community.id, requests.communityId))
      .leftJoin(assignedUnit, eq(assignedUnit.id, requests.assignedUnitId))
      .leftJoin(officials, eq(officials.id, requests.assignedOfficialId));
  const rows = base()
    .where(where)
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, overdue: overdueOf(r, at) }));
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(requests)
      .innerJoin(community, eq(community.id, requests.communityId))
      .leftJoin(assignedUnit, eq(assignedUnit.id, requests.assignedUnitId))
      .where(where)
      .get()?.n ?? 0;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Names for the official and unit a list is filtered by; one outside the actor's scope stays unnamed. */
export function filterNames(actor: Actor, filter: RequestFilter) {
  const official = filter.official
    ? db()
        .select({ name: officials.name, path: units.path })
        .from(officials)
        .innerJoin(units, eq(units.id, officials.unitId))
        .where(eq(officials.id, filter.official))
        .get()
    : undefined;
  const unit = filter.unit
    ? db().select({ name: units.name, path: units.path }).from(units).where(eq(units.id, filter.unit)).get()
    : undefined;
  const named = (row?: { name: string; path: string }) => (row && inScope(actor, row.path) ? row.name : undefined);
  return { official: named(official), unit: named(unit) };
}

/** The id behind a public tracking number, for the staff page addressed by that number. */
export function requestIdOf(number: string): number | undefined {
  return db().select({ id: requests.id }).from(requests).where(eq(requests.number, number)).get()?.id;
}

/** One request with its full history (staff view: contact and who did what), or undefined outside scope. */
export function getRequest(actor: Actor, id: number) {
  const found = db()
    .select({
      request: requests,
      categoryZh: requestCategories.nameZh,
      categoryEn: requestCategories.nameEn,
      communityName: community.name,
      communityPath: community.path,
      streetName: street.name,
      assignedUnitName: assignedUnit.name,
      assignedUnitPath: assignedUnit.path,
      officialName: officials.name,
    })
    .from(requests)
    .innerJoin(requestCategories, eq(requestCategories.id, requests.categoryId))
    .innerJoin(community, eq(community.id, requests.communityId))
    .leftJoin(street, eq(street.id, community.parentId))
    .leftJoin(assignedUnit, eq(assignedUnit.id, requests.assignedUnitId))
    .leftJoin(officials, eq(officials.id, requests.assignedOfficialId))
    .where(eq(requests.id, id))
    .get();
  if (!found || !requestInScope(actor, found)) return undefined;
  const events = db()
    .select({
      id: requestEvents.id,
      at: requestEvents.at,
      status: requestEvents.status,
      note: requestEvents.note,
      internal: requestEvents.internal,
      actorName: staff.displayName,
    })
    .from(requestEvents)
    .leftJoin(staff, eq(staff.id, requestEvents.actorId))
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id))
    .all();
  return { ...found, events, overdue: overdueOf(found.request, now()) };
}

export function listCategories() {
  return db().select().from(requestCategories).where(eq(requestCategories.active, true)).orderBy(asc(requestCategories.id)).all();
}

/**
 * Whom a request can be handed to: the community and the units above it that the actor answers for,
 * and their active officials. A short list that fits a phone screen.
 */
export function assignTargets(actor: Actor, communityPath: string) {
  const ids = communityPath.split('/').filter(Boolean).map(Number);
  const chain = db()
    .select({ id: units.id, name: units.name, path: units.path, kind: units.kind })
    .from(units)
    .where(inArray(units.id, ids))
    .orderBy(asc(units.path))
    .all()
    .filter((u) => actor.unitPath === null || u.path.startsWith(actor.unitPath));
  const people = chain.length
    ? db()
        .select({ id: officials.id, name: officials.name, position: officials.position, unitName: units.name })
        .from(officials)
        .innerJoin(units, eq(units.id, officials.unitId))
        .where(
          and(
            inArray(
              officials.unitId,
              chain.map((u) => u.id),
            ),
            eq(officials.active, true),
          ),
        )
        .orderBy(desc(units.path), asc(officials.id))
        .all()
    : [];
  return { units: chain, officials: people };
}
