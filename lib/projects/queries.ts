import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import * as s from '@/db/schema';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { projectDelay, type Delay } from './schedule';

const street = alias(s.units, 'street');
const responsible = alias(s.units, 'responsible');

/** Calls the public can see: every call once it opened for proposals. */
export function listCalls() {
  return db()
    .select({ call: s.projectCalls, unitName: s.units.name })
    .from(s.projectCalls)
    .innerJoin(s.units, eq(s.units.id, s.projectCalls.unitId))
    .where(ne(s.projectCalls.stage, 'draft'))
    .orderBy(desc(s.projectCalls.year), asc(s.projectCalls.id))
    .all();
}

export function getCall(id: number) {
  const row = db()
    .select({ call: s.projectCalls, unitName: s.units.name, unitPath: s.units.path })
    .from(s.projectCalls)
    .innerJoin(s.units, eq(s.units.id, s.projectCalls.unitId))
    .where(eq(s.projectCalls.id, id))
    .get();
  return row && row.call.stage !== 'draft' ? row : undefined;
}

/** Every proposal of a call with its screening, place and responsible unit: all public, proposers of residents anonymous. */
export function callProposals(callId: number) {
  return db()
    .select({ p: s.projectProposals, community: s.units.name, responsible: responsible.name })
    .from(s.projectProposals)
    .innerJoin(s.units, eq(s.units.id, s.projectProposals.communityId))
    .leftJoin(responsible, eq(responsible.id, s.projectProposals.responsibleUnitId))
    .where(eq(s.projectProposals.callId, callId))
    .orderBy(asc(s.projectProposals.id))
    .all();
}

/** The result with its counts, and each deputy's vote: nothing of either exists in public before the decision. */
export function callOutcome(call: s.ProjectCall) {
  if (call.stage !== 'decided') return null;
  const results = db()
    .select({ r: s.callResults, title: s.projectProposals.title, cost: s.projectProposals.estimatedCost, projectId: s.projects.id })
    .from(s.callResults)
    .innerJoin(s.projectProposals, eq(s.projectProposals.id, s.callResults.proposalId))
    .leftJoin(s.projects, eq(s.projects.proposalId, s.callResults.proposalId))
    .where(eq(s.callResults.callId, call.id))
    .orderBy(asc(s.callResults.position))
    .all();
  const deputies = db().select().from(s.callDeputies).where(eq(s.callDeputies.callId, call.id)).orderBy(asc(s.callDeputies.name)).all();
  const votes = db().select().from(s.deputyVotes).where(eq(s.deputyVotes.callId, call.id)).all();
  return { results, deputies, votes };
}

/** Feasible proposals as they stand on the ballot, with their estimated costs. */
export function ballotOf(callId: number) {
  return callProposals(callId)
    .filter((r) => r.p.status === 'feasible')
    .map((r) => ({
      id: r.p.id,
      title: r.p.title,
      community: r.community,
      place: r.p.place,
      problem: r.p.problem,
      cost: r.p.estimatedCost ?? 0,
      responsible: r.responsible ?? '',
    }));
}

export type ProjectFilter = { street?: number; year?: number; status?: s.ProjectStatus | 'delayed' };

function milestonesOf(ids: number[]) {
  if (ids.length === 0) return new Map<number, s.ProjectMilestone[]>();
  const rows = db()
    .select()
    .from(s.projectMilestones)
    .where(inArray(s.projectMilestones.projectId, ids))
    .orderBy(asc(s.projectMilestones.plannedOn))
    .all();
  const out = new Map<number, s.ProjectMilestone[]>();
  for (const m of rows) out.set(m.projectId, [...(out.get(m.projectId) ?? []), m]);
  return out;
}

export type ProjectRow = {
  project: s.Project;
  year: number;
  community: string;
  street: string;
  streetId: number;
  responsible: string;
  delay: Delay;
};

/** Adopted projects by street, year and status; "delayed" is read against the plan as of today. */
export function listProjects(filter: ProjectFilter = {}): ProjectRow[] {
  const rows = projectRows()
    .where(
      and(
        filter.street ? eq(street.id, filter.street) : undefined,
        filter.year ? eq(s.projectCalls.year, filter.year) : undefined,
        filter.status && filter.status !== 'delayed' ? eq(s.projects.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(s.projectCalls.year), asc(street.id), asc(s.projects.id))
    .all()
    .map(({ call, ...r }) => ({ ...r, year: call.year }));
  const today = districtDay(now());
  const milestones = milestonesOf(rows.map((r) => r.project.id));
  const out = rows.map((r) => ({ ...r, delay: projectDelay(r.project, milestones.get(r.project.id) ?? [], today) }));
  return filter.status === 'delayed' ? out.filter((r) => r.delay.delayed) : out;
}

export function projectYears(): number[] {
  return db()
    .selectDistinct({ year: s.projectCalls.year })
    .from(s.projects)
    .innerJoin(s.projectCalls, eq(s.projectCalls.id, s.projects.callId))
    .orderBy(desc(s.projectCalls.year))
    .all()
    .map((r) => r.year);
}

export function streetChoices() {
  return db().select({ id: s.units.id, name: s.units.name }).from(s.units).where(eq(s.units.kind, 'street')).orderBy(asc(s.units.id)).all();
}

export function ratingSummary(projectId: number) {
  const rows = db()
    .select({ score: s.projectRatings.score, n: sql<number>`count(*)` })
    .from(s.projectRatings)
    .where(eq(s.projectRatings.projectId, projectId))
    .groupBy(s.projectRatings.score)
    .all();
  const n = rows.reduce((sum, r) => sum + r.n, 0);
  const codes = db()
    .select({ n: sql<number>`count(*)` })
    .from(s.projectRatingCodes)
    .where(eq(s.projectRatingCodes.projectId, projectId))
    .get()!.n;
  const counts = [1, 2, 3, 4, 5].map((score) => rows.find((r) => r.score === score)?.n ?? 0);
  return { n, codes, counts, mean: n ? rows.reduce((sum, r) => sum + r.score * r.n, 0) / n : null };
}

/** Everything the permanent page of a project shows. */
export function getProject(id: number) {
  const row = projectRows().where(eq(s.projects.id, id)).get();
  if (!row) return undefined;
  const officials = db()
    .select({ id: s.officials.id, name: s.officials.name, position: s.officials.position, unit: s.units.name })
    .from(s.projectOfficials)
    .innerJoin(s.officials, eq(s.officials.id, s.projectOfficials.officialId))
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(eq(s.projectOfficials.projectId, id))
    .all();
  const places = db()
    .select({ id: s.units.id, name: s.units.name, households: s.units.households })
    .from(s.projectPlaces)
    .innerJoin(s.units, eq(s.units.id, s.projectPlaces.communityId))
    .where(eq(s.projectPlaces.projectId, id))
    .all();
  const milestones = db()
    .select()
    .from(s.projectMilestones)
    .where(eq(s.projectMilestones.projectId, id))
    .orderBy(asc(s.projectMilestones.plannedOn), asc(s.projectMilestones.id))
    .all();
  const updates = db()
    .select()
    .from(s.projectUpdates)
    .where(eq(s.projectUpdates.projectId, id))
    .orderBy(desc(s.projectUpdates.at), desc(s.projectUpdates.id))
    .all();
  const photos = db().select().from(s.projectPhotos).where(eq(s.projectPhotos.projectId, id)).orderBy(asc(s.projectPhotos.at)).all();
  const events = db()
    .select()
    .from(s.projectEvents)
    .where(eq(s.projectEvents.projectId, id))
    .orderBy(asc(s.projectEvents.at), asc(s.projectEvents.id))
    .all();
  const comments = db()
    .select()
    .from(s.projectComments)
    .where(and(eq(s.projectComments.projectId, id), eq(s.projectComments.status, 'shown')))
    .orderBy(asc(s.projectComments.createdAt))
    .all();
  const today = districtDay(now());
  return {
    ...row,
    officials,
    places,
    milestones,
    updates,
    photos,
    events,
    comments,
    rating: ratingSummary(id),
    today,
    delay: projectDelay(row.project, milestones, today),
  };
}

/** A project with its call and the names of its place, street and responsible unit. */
function projectRows() {
  return db()
    .select({
      project: s.projects,
      call: s.projectCalls,
      community: s.units.name,
      street: street.name,
      streetId: street.id,
      responsible: responsible.name,
    })
    .from(s.projects)
    .innerJoin(s.projectCalls, eq(s.projectCalls.id, s.projects.callId))
    .innerJoin(s.units, eq(s.units.id, s.projects.communityId))
    .innerJoin(street, eq(street.id, s.units.parentId))
    .innerJoin(responsible, eq(responsible.id, s.projects.responsibleUnitId));
}
