import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { nightTalkOfficials, nightTalks, officials, requests, units } from '@/db/schema';
import { inScope, type Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';
import { safePage } from '@/lib/paging';

export const PAGE_SIZE = 50;

/** Visits in the actor's communities, newest first, with who went and how many requests were heard. */
export function listNightTalks(actor: Actor, requested = 1) {
  const page = safePage(requested);
  const where = unitScope(actor);
  const rows = db()
    .select({
      id: nightTalks.id,
      heldOn: nightTalks.heldOn,
      place: nightTalks.place,
      residentsMet: nightTalks.residentsMet,
      notes: nightTalks.notes,
      communityName: units.name,
      officialNames: sql<string>`(select group_concat(${officials.name}, '、') from ${nightTalkOfficials} join ${officials} on ${officials.id} = ${nightTalkOfficials.officialId} where ${nightTalkOfficials.nightTalkId} = ${nightTalks.id})`,
      requestCount: sql<number>`(select count(*) from ${requests} where ${requests.nightTalkId} = ${nightTalks.id})`,
    })
    .from(nightTalks)
    .innerJoin(units, eq(units.id, nightTalks.communityId))
    .where(where)
    .orderBy(desc(nightTalks.heldOn), desc(nightTalks.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const total =
    db()
      .select({ n: sql<number>`count(*)` })
      .from(nightTalks)
      .innerJoin(units, eq(units.id, nightTalks.communityId))
      .where(where)
      .get()?.n ?? 0;
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The community (if in scope) and the officials who may be recorded as present: its own and those of the units above it. */
export function visitChoices(actor: Actor, communityId: number) {
  const community = db().select().from(units).where(eq(units.id, communityId)).get();
  if (community?.kind !== 'community' || !inScope(actor, community.path)) return undefined;
  const chain = community.path.split('/').filter(Boolean).map(Number);
  const people = db()
    .select({ id: officials.id, name: officials.name, position: officials.position, unitName: units.name, path: units.path })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(inArray(officials.unitId, chain), eq(officials.active, true)))
    .orderBy(desc(units.path), officials.id)
    .all()
    .filter((o) => inScope(actor, o.path));
  return { community, officials: people.map(({ path: _p, ...o }) => o) };
}
