import 'server-only';
import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { db } from '@/db';
import { inspectionOfficials, inspections, officials, recommendations, sites, staff, units, type SiteKind } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';

export type SiteFilter = { unitId?: number; kind?: SiteKind; active?: boolean };

/** Sites in the actor's units, optionally under one unit and of one kind. */
export function listSites(actor: Actor, filter: SiteFilter = {}) {
  const under = filter.unitId ? db().select({ path: units.path }).from(units).where(eq(units.id, filter.unitId)).get() : undefined;
  return db()
    .select({
      id: sites.id,
      name: sites.name,
      kind: sites.kind,
      unitId: sites.unitId,
      unitName: units.name,
      address: sites.address,
      active: sites.active,
      inspections: sql<number>`(select count(*) from ${inspections} where ${inspections.siteId} = ${sites.id})`,
    })
    .from(sites)
    .innerJoin(units, eq(units.id, sites.unitId))
    .where(
      and(
        unitScope(actor),
        under ? like(units.path, `${under.path}%`) : undefined,
        filter.kind ? eq(sites.kind, filter.kind) : undefined,
        filter.active === undefined ? undefined : eq(sites.active, filter.active),
      ),
    )
    .orderBy(asc(units.path), asc(sites.name))
    .all();
}

export function getSite(actor: Actor, id: number) {
  return db()
    .select({ site: sites, unitName: units.name })
    .from(sites)
    .innerJoin(units, eq(units.id, sites.unitId))
    .where(and(eq(sites.id, id), unitScope(actor)))
    .get();
}

export type InspectionFilter = { officialId?: number; siteId?: number };

/** Inspections at sites in the actor's units, newest first; with an official, only those that inspected them. */
export function listInspections(actor: Actor, filter: InspectionFilter = {}) {
  const rows = db()
    .select({
      id: inspections.id,
      siteId: sites.id,
      siteName: sites.name,
      unitName: units.name,
      methods: inspections.methods,
      startsOn: inspections.startsOn,
      endsOn: inspections.endsOn,
      openRecommendations: sql<number>`(select count(*) from ${recommendations} where ${recommendations.inspectionId} = ${inspections.id} and ${recommendations.status} != 'done')`,
    })
    .from(inspections)
    .innerJoin(sites, eq(sites.id, inspections.siteId))
    .innerJoin(units, eq(units.id, sites.unitId))
    .where(
      and(
        unitScope(actor),
        filter.siteId ? eq(sites.id, filter.siteId) : undefined,
        filter.officialId
          ? sql`exists (select 1 from ${inspectionOfficials} where ${inspectionOfficials.inspectionId} = ${inspections.id} and ${inspectionOfficials.officialId} = ${filter.officialId})`
          : undefined,
      ),
    )
    .orderBy(desc(inspections.startsOn), desc(inspections.id))
    .limit(500)
    .all();
  const rated = rows.length ? inspectedOfficials(rows.map((r) => r.id)) : [];
  return rows.map((r) => ({ ...r, officials: rated.filter((o) => o.inspectionId === r.id) }));
}

function inspectedOfficials(inspectionIds: number[]) {
  return db()
    .select({
      inspectionId: inspectionOfficials.inspectionId,
      officialId: officials.id,
      name: officials.name,
      position: officials.position,
      unitName: units.name,
      rating: inspectionOfficials.rating,
    })
    .from(inspectionOfficials)
    .innerJoin(officials, eq(officials.id, inspectionOfficials.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(inArray(inspectionOfficials.inspectionId, inspectionIds))
    .orderBy(asc(units.path), asc(officials.id))
    .all();
}

/** One inspection, only when its site is in the actor's units: another unit's id reads as not found. */
export function getInspection(actor: Actor, id: number) {
  const row = db()
    .select({ inspection: inspections, siteName: sites.name, siteKind: sites.kind, unitName: units.name, recordedBy: staff.displayName })
    .from(inspections)
    .innerJoin(sites, eq(sites.id, inspections.siteId))
    .innerJoin(units, eq(units.id, sites.unitId))
    .innerJoin(staff, eq(staff.id, inspections.recordedBy))
    .where(and(eq(inspections.id, id), unitScope(actor)))
    .get();
  if (!row) return undefined;
  const recs = db().select().from(recommendations).where(eq(recommendations.inspectionId, id)).orderBy(asc(recommendations.id)).all();
  return { ...row, officials: inspectedOfficials([id]), recommendations: recs };
}

/** Officials an inspection may name: active, in the actor's units, labelled with their unit. */
export function officialChoices(actor: Actor) {
  return db()
    .select({ id: officials.id, name: officials.name, position: officials.position, unitName: units.name })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(officials.active, true), unitScope(actor)))
    .orderBy(asc(units.path), asc(officials.id))
    .all();
}
