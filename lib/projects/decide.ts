import { and, eq } from 'drizzle-orm';
import {
  callResults,
  deputyVotes,
  projectCalls,
  projectPlaces,
  projectProposals,
  projects,
  type ProjectCall,
  type ResultOutcome,
  type TieSettlement,
} from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError } from '@/lib/action/core';
import { addDays, districtDay } from '@/lib/district-time';
import { adoptByVotes, adoptedByDeputies, type Settlements } from './adoption';
import { recordEvent } from './guards';

export function feasibleOf(tx: Tx, callId: number) {
  return tx
    .select()
    .from(projectProposals)
    .where(and(eq(projectProposals.callId, callId), eq(projectProposals.status, 'feasible')))
    .orderBy(projectProposals.id)
    .all();
}

type Line = { proposalId: number; votes: number; votesFor: number; votesAgainst: number; outcome: ResultOutcome };

/** Writes the result rows, a project for each adopted proposal, and closes the call; one transaction. */
function publish(tx: Tx, call: ProjectCall, lines: Line[], actorId: number | null, at: Date) {
  const proposals = new Map(feasibleOf(tx, call.id).map((p) => [p.id, p]));
  const today = districtDay(at);
  lines.forEach((line, k) => {
    tx.insert(callResults)
      .values({ callId: call.id, ...line, position: k + 1 })
      .run();
    const p = proposals.get(line.proposalId)!;
    if (line.outcome !== 'adopted') return;
    // Planned to the year's end; the responsible unit sets the real plan and milestones next.
    const yearEnd = `${call.year}-12-31`;
    const project = tx
      .insert(projects)
      .values({
        callId: call.id,
        proposalId: p.id,
        title: p.title,
        summary: p.problem,
        communityId: p.communityId,
        responsibleUnitId: p.responsibleUnitId!,
        budget: p.estimatedCost!,
        startsOn: today,
        plannedEndOn: yearEnd > today ? yearEnd : addDays(today, 180),
        createdAt: at,
      })
      .returning()
      .get();
    tx.insert(projectPlaces).values({ projectId: project.id, communityId: p.communityId }).run();
    recordEvent(
      tx,
      project.id,
      'adopted',
      { votes: line.votes, votesFor: line.votesFor, votesAgainst: line.votesAgainst, budget: project.budget },
      actorId,
      at,
    );
  });
  tx.update(projectCalls).set({ stage: 'decided', decidedAt: at }).where(eq(projectCalls.id, call.id)).run();
}

/** 票决: each deputy's for/against per project; adopted when more than half of the call's deputies vote for it. */
export function decideByDeputies(tx: Tx, call: ProjectCall, actorId: number | null, at: Date) {
  const votes = tx.select().from(deputyVotes).where(eq(deputyVotes.callId, call.id)).all();
  const deputies = call.rule?.deputies ?? 0;
  const lines = feasibleOf(tx, call.id).map((p) => {
    const mine = votes.filter((v) => v.proposalId === p.id);
    const votesFor = mine.filter((v) => v.choice === 'for').length;
    const votesAgainst = mine.length - votesFor;
    return {
      proposalId: p.id,
      votes: votesFor,
      votesFor,
      votesAgainst,
      outcome: (adoptedByDeputies(votesFor, deputies) ? 'adopted' : 'rejected') as ResultOutcome,
    };
  });
  lines.sort((a, b) => b.votesFor - a.votesFor || a.proposalId - b.proposalId);
  publish(tx, call, lines, actorId, at);
  return lines;
}

export const settlementsOf = (list: TieSettlement[]): Settlements => Object.fromEntries(list.map((s) => [s.votes, s.chosen]));

/**
 * The residents' rule applied to the checked tally (votes per proposal id). Refuses while a tie the
 * budget cannot hold is unsettled; publishes otherwise. Called with the tally the encrypted machinery
 * produces (see residents-ballot.ts).
 */
export function decideByResidents(tx: Tx, call: ProjectCall, tally: Map<number, number>, actorId: number | null, at: Date) {
  const ballot = feasibleOf(tx, call.id).map((p) => ({ id: p.id, cost: p.estimatedCost!, votes: tally.get(p.id) ?? 0 }));
  const result = adoptByVotes(ballot, call.rule?.budget ?? call.budget, settlementsOf(call.settlements));
  if (result.tie) throw new ActionError('projects.errors.tieUnsettled');
  const lines = result.lines.map((l) => ({
    proposalId: l.id,
    votes: l.votes,
    votesFor: 0,
    votesAgainst: 0,
    outcome: l.outcome as ResultOutcome,
  }));
  publish(tx, call, lines, actorId, at);
  return result;
}
