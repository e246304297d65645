import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { requestCategories, requestEvents, requests, units } from '@/db/schema';
import { now } from '@/lib/clock';
import { overdueOf } from './deadlines';
import { normalizeTrackingNumber } from '@/lib/typed';

const community = alias(units, 'community');
const street = alias(units, 'street');
const handler = alias(units, 'handler');

/**
 * What anyone holding a number may see: state, category, place, dates and the public notes. Never the
 * description (it may name people), the contact, or which staff member did what. Built from an
 * explicit column list, so a new column cannot leak by default.
 */
export function getPublicRequest(typed: string) {
  const number = normalizeTrackingNumber(typed);
  if (!number) return undefined;
  const found = db()
    .select({
      id: requests.id,
      number: requests.number,
      status: requests.status,
      channel: requests.channel,
      category: { code: requestCategories.code, zh: requestCategories.nameZh, en: requestCategories.nameEn },
      community: community.name,
      street: street.name,
      handledBy: handler.name,
      filedAt: requests.createdAt,
      respondBy: requests.respondBy,
      resolveBy: requests.resolveBy,
      respondedAt: requests.respondedAt,
      resolvedAt: requests.resolvedAt,
      resolution: requests.resolution,
      confirmedAt: requests.confirmedAt,
      satisfaction: requests.satisfaction,
      reopenCount: requests.reopenCount,
    })
    .from(requests)
    .innerJoin(requestCategories, eq(requestCategories.id, requests.categoryId))
    .innerJoin(community, eq(community.id, requests.communityId))
    .leftJoin(street, eq(street.id, community.parentId))
    .leftJoin(handler, eq(handler.id, requests.assignedUnitId))
    .where(eq(requests.number, number))
    .get();
  if (!found) return undefined;
  const history = db()
    .select({ at: requestEvents.at, status: requestEvents.status, note: requestEvents.note })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, found.id), eq(requestEvents.internal, false)))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id))
    .all();
  const { id: _id, ...shown } = found;
  return { ...shown, overdue: overdueOf(found, now()), history };
}

export type PublicRequest = NonNullable<ReturnType<typeof getPublicRequest>>;

/** The public JSON shape: ISO dates, nothing else added. */
export function publicJson(r: PublicRequest) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    ...r,
    filedAt: iso(r.filedAt),
    respondBy: iso(r.respondBy),
    resolveBy: iso(r.resolveBy),
    respondedAt: iso(r.respondedAt),
    resolvedAt: iso(r.resolvedAt),
    confirmedAt: iso(r.confirmedAt),
    history: r.history.map((h) => ({ ...h, at: iso(h.at) })),
  };
}

/** Communities to file under, labelled with their street. */
export function communityChoices() {
  const rows = db()
    .select({ id: units.id, name: units.name, parentId: units.parentId, kind: units.kind })
    .from(units)
    .orderBy(asc(units.path))
    .all();
  const names = new Map(rows.map((u) => [u.id, u.name]));
  return rows.filter((u) => u.kind === 'community').map((u) => ({ id: u.id, name: u.name, street: names.get(u.parentId ?? 0) ?? '' }));
}
