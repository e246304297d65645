import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import * as s from '@/db/schema';
import { callOutcome, callProposals, getCall, getProject, listCalls, listProjects, ratingSummary, type ProjectFilter } from './queries';

/** Open data of livelihood projects: money in whole yuan, days as YYYY-MM-DD (district time). */
export function projectsPayload(filter: ProjectFilter) {
  return listProjects(filter).map((r) => ({
    id: r.project.id,
    title: r.project.title,
    year: r.year,
    callId: r.project.callId,
    street: r.street,
    community: r.community,
    responsibleUnit: r.responsible,
    budget: r.project.budget,
    status: r.project.status,
    progress: r.project.progress,
    startsOn: r.project.startsOn,
    plannedEndOn: r.project.plannedEndOn,
    completedOn: r.project.completedOn,
    delayed: r.delay.delayed,
    daysLate: r.delay.daysLate,
    links: { page: `/projects/${r.project.id}`, json: `/api/v1/projects/${r.project.id}` },
  }));
}

export function projectPayload(id: number) {
  const p = getProject(id);
  if (!p) return null;
  return {
    id: p.project.id,
    title: p.project.title,
    summary: p.project.summary,
    call: { id: p.call.id, year: p.call.year, title: p.call.title },
    places: p.places.map((pl) => ({ id: pl.id, name: pl.name })),
    responsibleUnit: p.responsible,
    officials: p.officials,
    budget: p.project.budget,
    status: p.project.status,
    progress: p.project.progress,
    startsOn: p.project.startsOn,
    plannedEndOn: p.project.plannedEndOn,
    completedOn: p.project.completedOn,
    delay: p.delay,
    milestones: p.milestones.map(({ id: mid, title, plannedOn, actualOn }) => ({ id: mid, title, plannedOn, actualOn })),
    updates: p.updates.map((u) => ({
      at: u.at.toISOString(),
      body: u.body,
      progress: u.progress,
      photos: p.photos
        .filter((ph) => ph.updateId === u.id)
        .map((ph) => ({ url: `/api/v1/projects/photos/${ph.id}`, width: ph.width, height: ph.height, caption: ph.caption })),
    })),
    timeline: p.events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, detail: e.detail })),
    rating: p.rating,
    comments: p.comments.map((c) => ({ at: c.createdAt.toISOString(), name: c.name, body: c.body })),
  };
}

export function milestoneRowsAll() {
  return db()
    .select({
      projectId: s.projects.id,
      project: s.projects.title,
      year: s.projectCalls.year,
      milestone: s.projectMilestones.title,
      plannedOn: s.projectMilestones.plannedOn,
      actualOn: s.projectMilestones.actualOn,
    })
    .from(s.projectMilestones)
    .innerJoin(s.projects, eq(s.projects.id, s.projectMilestones.projectId))
    .innerJoin(s.projectCalls, eq(s.projectCalls.id, s.projects.callId))
    .orderBy(asc(s.projects.id), asc(s.projectMilestones.plannedOn))
    .all();
}

export function ratingRowsAll() {
  return listProjects({ status: 'completed' }).map((r) => {
    const rating = ratingSummary(r.project.id);
    return {
      projectId: r.project.id,
      project: r.project.title,
      year: r.year,
      completedOn: r.project.completedOn,
      households: rating.codes,
      ratings: rating.n,
      mean: rating.mean,
      counts: rating.counts,
    };
  });
}

export function callsPayload() {
  return listCalls().map(({ call, unitName }) => ({
    id: call.id,
    year: call.year,
    title: call.title,
    unit: unitName,
    mode: call.mode,
    stage: call.stage,
    budget: call.budget,
    rule: call.rule,
    links: { page: `/projects/calls/${call.id}`, json: `/api/v1/project-calls/${call.id}` },
  }));
}

/** A call with its proposals and screening; results and deputies' votes only once decided. */
export function callPayload(id: number) {
  const found = getCall(id);
  if (!found) return null;
  const { call } = found;
  const outcome = callOutcome(call);
  return {
    id: call.id,
    year: call.year,
    title: call.title,
    unit: found.unitName,
    mode: call.mode,
    stage: call.stage,
    budget: call.budget,
    rule: call.rule,
    openedAt: call.openedAt?.toISOString() ?? null,
    decidedAt: call.decidedAt?.toISOString() ?? null,
    proposals: callProposals(call.id).map(({ p, community, responsible }) => ({
      id: p.id,
      title: p.title,
      community,
      place: p.place,
      problem: p.problem,
      source: p.source,
      proposer: p.proposerName,
      status: p.status,
      reason: p.screeningReason,
      mergedInto: p.mergedIntoId,
      estimatedCost: p.estimatedCost,
      responsibleUnit: responsible,
    })),
    settlements: call.settlements,
    results:
      outcome?.results.map(({ r, title, cost, projectId }) => ({
        proposalId: r.proposalId,
        title,
        cost,
        votes: r.votes,
        votesFor: r.votesFor,
        votesAgainst: r.votesAgainst,
        outcome: r.outcome,
        projectId,
      })) ?? null,
    deputies: outcome?.deputies.map((d) => d.name) ?? null,
  };
}

/** Each deputy's vote on each project of a decided call; null before the decision. */
export function deputyVoteRows(id: number) {
  const found = getCall(id);
  const outcome = found ? callOutcome(found.call) : null;
  if (!found || !outcome) return null;
  const titles = new Map(outcome.results.map((r) => [r.r.proposalId, r.title]));
  return outcome.deputies.flatMap((d) =>
    outcome.results.map(({ r }) => ({
      deputy: d.name,
      proposalId: r.proposalId,
      project: titles.get(r.proposalId)!,
      choice: outcome.votes.find((v) => v.deputyId === d.deputyId && v.proposalId === r.proposalId)?.choice ?? 'none',
    })),
  );
}
