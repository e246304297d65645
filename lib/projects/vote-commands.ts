import { and, eq } from 'drizzle-orm';
import { callDeputies, deputyVotes, projectCalls } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { settlementProblem } from './adoption';
import { decideByDeputies, decideByResidents, feasibleOf, settlementsOf } from './decide';
import { loadCall } from './guards';
import { adoptByVotes } from './adoption';
import { closeCallBallotBox, createCallElection, publishCallRecord, residentsTally } from './residents-election';
import { callElectionSchema, id, settleSchema, deputyVoteSchema } from './schemas';
import { db } from '@/db';
import { z } from 'zod';

export const commands = {
  /** A deputy's for/against on the call's projects; a vote can be changed until the result is published. */
  deputyVote: defineCommand({
    name: 'projects.deputyVote',
    scope: 'unit',
    permission: 'projects.vote',
    schema: deputyVoteSchema,
    run: ({ callId, votes }, ctx) =>
      ctx.write((tx, audit) => {
        const { call } = loadCall(tx, ctx, callId, ['voting']);
        if (call.mode !== 'deputies') throw new ActionError('projects.errors.wrongStage');
        const seat = tx
          .select()
          .from(callDeputies)
          .where(and(eq(callDeputies.callId, callId), eq(callDeputies.deputyId, ctx.actor.id)))
          .get();
        if (!seat) throw new ActionError('projects.errors.notDeputyOfCall');
        const ballot = new Set(feasibleOf(tx, callId).map((p) => p.id));
        if (votes.some((v) => !ballot.has(v.proposalId))) throw new ActionError('errors.invalid');
        const at = now();
        for (const v of votes)
          tx.insert(deputyVotes)
            .values({ callId, proposalId: v.proposalId, deputyId: ctx.actor.id, choice: v.choice, at })
            .onConflictDoUpdate({ target: [deputyVotes.proposalId, deputyVotes.deputyId], set: { choice: v.choice, at } })
            .run();
        audit({ entity: 'project_call', entityId: callId, unitId: call.unitId, after: { votes } });
        return { callId, recorded: votes.length };
      }),
  }),
  /** Closes the vote and publishes the result by the call's rule, with every count behind it. */
  decide: defineCommand({
    name: 'projects.decide',
    scope: 'unit',
    permission: 'projects.manage',
    schema: z.object({ id }),
    run: ({ id: callId }, ctx) =>
      ctx.write((tx, audit) => {
        const { call } = loadCall(tx, ctx, callId, ['voting']);
        const at = now();
        if (call.mode === 'deputies') {
          const lines = decideByDeputies(tx, call, ctx.actor.id, at);
          audit({ entity: 'project_call', entityId: callId, unitId: call.unitId, after: { decided: lines } });
          return { adopted: lines.filter((l) => l.outcome === 'adopted').length };
        }
        const tally = residentsTally(tx, callId);
        if (!tally) throw new ActionError('projects.errors.tallyNotReady');
        const result = decideByResidents(tx, call, tally, ctx.actor.id, at);
        publishCallRecord(tx, callId);
        audit({ entity: 'project_call', entityId: callId, unitId: call.unitId, after: { decided: result.lines } });
        return { adopted: result.lines.filter((l) => l.outcome === 'adopted').length };
      }),
  }),
  /**
   * Residents' mode: the call's encrypted election (guardians k of n, credential authority), set up
   * before voting opens. The one-time links are returned once, to this organizer; the audit names
   * the parties, never their links.
   */
  setupElection: defineCommand({
    name: 'projects.electionSetup',
    scope: 'unit',
    permission: 'projects.manage',
    schema: callElectionSchema,
    run: ({ callId, ...input }, ctx) =>
      ctx.write((tx, audit) => {
        const { call } = loadCall(tx, ctx, callId);
        const { election, links } = createCallElection(tx, call, input, ctx.actor.id);
        audit({
          entity: 'election',
          entityId: election.id,
          unitId: call.unitId,
          after: { callId, uuid: election.uuid, threshold: input.threshold, guardians: input.guardians, authority: input.authorityName },
        });
        return { callId, links };
      }),
  }),
  /** Residents' mode: ends the voting (EndBallots and the encrypted tally the guardians decrypt). */
  closeBallotBox: defineCommand({
    name: 'projects.electionClose',
    scope: 'unit',
    permission: 'projects.manage',
    schema: z.object({ id }),
    run: async ({ id: callId }, ctx) => {
      const { call } = ctx.write((tx) => loadCall(tx, ctx, callId, ['voting']));
      const outcome = await closeCallBallotBox(db(), call);
      if (!outcome.ok) throw new ActionError(`election.errors.${outcome.reason}`);
      ctx.write((_tx, audit) =>
        audit({ entity: 'project_call', entityId: callId, unitId: call.unitId, after: { ballotBox: 'closed', ballots: outcome.ballots } }),
      );
      return { callId, ballots: outcome.ballots };
    },
  }),
  /** Residents' mode: how a tie the budget cannot hold goes ahead, with a public reason. */
  settleTie: defineCommand({
    name: 'projects.settleTie',
    scope: 'unit',
    permission: 'projects.manage',
    schema: settleSchema,
    run: ({ callId, votes, chosen, reason }, ctx) =>
      ctx.write((tx, audit) => {
        const { call } = loadCall(tx, ctx, callId, ['voting']);
        const tally = call.mode === 'residents' ? residentsTally(tx, callId) : null;
        if (!tally) throw new ActionError('projects.errors.tallyNotReady');
        const ballot = feasibleOf(tx, callId).map((p) => ({ id: p.id, cost: p.estimatedCost!, votes: tally.get(p.id) ?? 0 }));
        const { tie } = adoptByVotes(ballot, call.rule?.budget ?? call.budget, settlementsOf(call.settlements));
        if (!tie || tie.votes !== votes) throw new ActionError('projects.errors.noSuchTie');
        const problem = settlementProblem(tie, ballot, chosen);
        if (problem) throw new ActionError(`projects.errors.settlement.${problem}`, { chosen: ['field.invalid'] });
        const settlements = [...call.settlements, { votes, chosen, reason }];
        tx.update(projectCalls).set({ settlements }).where(eq(projectCalls.id, callId)).run();
        audit({ entity: 'project_call', entityId: callId, unitId: call.unitId, after: { settlement: { votes, chosen, reason } } });
        return { callId };
      }),
  }),
};
