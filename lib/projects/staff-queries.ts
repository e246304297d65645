import 'server-only';
import { and, asc, desc, eq, like, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import * as s from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';

const place = alias(s.units, 'place');
const responsible = alias(s.units, 'responsible');

/** Staff read a project when it is in their units: its responsible unit or its main place. In the WHERE clause. */
function projectScope(actor: Actor): SQL | undefined {
  if (actor.unitPath === null) return undefined;
  return or(like(responsible.path, `${actor.unitPath}%`), like(place.path, `${actor.unitPath}%`));
}

export function listStaffProjects(actor: Actor) {
  return db()
    .select({
      project: s.projects,
      year: s.projectCalls.year,
      community: place.name,
      responsible: responsible.name,
      responsiblePath: responsible.path,
    })
    .from(s.projects)
    .innerJoin(s.projectCalls, eq(s.projectCalls.id, s.projects.callId))
    .innerJoin(place, eq(place.id, s.projects.communityId))
    .innerJoin(responsible, eq(responsible.id, s.projects.responsibleUnitId))
    .where(projectScope(actor))
    .orderBy(desc(s.projectCalls.year), asc(s.projects.id))
    .all();
}

export function getStaffProject(actor: Actor, id: number) {
  return db()
    .select({ project: s.projects, responsiblePath: responsible.path })
    .from(s.projects)
    .innerJoin(place, eq(place.id, s.projects.communityId))
    .innerJoin(responsible, eq(responsible.id, s.projects.responsibleUnitId))
    .where(and(eq(s.projects.id, id), projectScope(actor)))
    .get();
}

/** Comments of a project waiting for moderation (only for a project the actor may read). */
export function pendingComments(actor: Actor, projectId: number) {
  if (!getStaffProject(actor, projectId)) return [];
  return db()
    .select()
    .from(s.projectComments)
    .where(and(eq(s.projectComments.projectId, projectId), eq(s.projectComments.status, 'pending')))
    .orderBy(asc(s.projectComments.createdAt))
    .all();
}

/**
 * Calls are public once they open; a draft is seen only by those who may manage it: organizers whose
 * units hold the call. In the WHERE clause, so a draft's id reveals nothing to anyone else.
 */
function callVisible(actor: Actor): SQL | undefined {
  const managed = !can(actor.role, 'projects.manage')
    ? sql`0`
    : actor.unitPath === null
      ? sql`1`
      : like(s.units.path, `${actor.unitPath}%`);
  return or(ne(s.projectCalls.stage, 'draft'), managed);
}

export function listStaffCalls(actor: Actor) {
  return db()
    .select({ call: s.projectCalls, unitName: s.units.name })
    .from(s.projectCalls)
    .innerJoin(s.units, eq(s.units.id, s.projectCalls.unitId))
    .where(callVisible(actor))
    .orderBy(desc(s.projectCalls.year), asc(s.projectCalls.id))
    .all();
}

export function getStaffCall(actor: Actor, id: number) {
  return db()
    .select({ call: s.projectCalls, unitName: s.units.name, unitPath: s.units.path })
    .from(s.projectCalls)
    .innerJoin(s.units, eq(s.units.id, s.projectCalls.unitId))
    .where(and(eq(s.projectCalls.id, id), callVisible(actor)))
    .get();
}

/** Communities of the call's unit that the actor answers for: where they may propose or hand out codes. */
export function proposalCommunities(actor: Actor, callUnitPath: string) {
  const within = actor.unitPath && actor.unitPath.startsWith(callUnitPath) ? actor.unitPath : callUnitPath;
  const street = alias(s.units, 'street');
  return db()
    .select({ id: s.units.id, name: s.units.name, street: street.name })
    .from(s.units)
    .innerJoin(street, eq(street.id, s.units.parentId))
    .where(and(eq(s.units.kind, 'community'), like(s.units.path, `${within}%`)))
    .orderBy(asc(s.units.path))
    .all();
}

/** Units a project can be handed to, and officials who can answer for it. */
export function unitChoices() {
  return db().select({ id: s.units.id, name: s.units.name, kind: s.units.kind }).from(s.units).orderBy(asc(s.units.path)).all();
}

export function officialChoices(unitPath: string) {
  return db()
    .select({ id: s.officials.id, name: s.officials.name, position: s.officials.position, unit: s.units.name })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(and(eq(s.officials.active, true), like(s.units.path, `${unitPath}%`)))
    .orderBy(asc(s.units.path), asc(s.officials.id))
    .limit(200)
    .all();
}

export function myDeputyVotes(actor: Actor, callId: number) {
  const seat = db()
    .select()
    .from(s.callDeputies)
    .where(and(eq(s.callDeputies.callId, callId), eq(s.callDeputies.deputyId, actor.id)))
    .get();
  const votes = db()
    .select()
    .from(s.deputyVotes)
    .where(and(eq(s.deputyVotes.callId, callId), eq(s.deputyVotes.deputyId, actor.id)))
    .all();
  return { seated: Boolean(seat), votes: new Map(votes.map((v) => [v.proposalId, v.choice])) };
}
