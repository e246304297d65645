// Livelihood projects (民生实事项目): each year's call, the proposals and their screening, and the vote
// (residents within a budget, or deputies of the people's congress for/against). Each adopted project,
// followed in public to completion, is in project-delivery.ts. Money is in whole yuan; days are
// YYYY-MM-DD, district time.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { staff, units } from './core';

// ——— Calls, proposals, screening ———

export const callModes = ['residents', 'deputies'] as const;
export type CallMode = (typeof callModes)[number];
export const callStages = ['draft', 'proposals', 'screening', 'voting', 'decided'] as const;
export type CallStage = (typeof callStages)[number];

/** The rule as published when the call opened; the result is computed by it, whatever is edited later. */
export type CallRule = { mode: CallMode; budget: number; maxChoices: number; deputies: number | null };
export type TieSettlement = { votes: number; chosen: number[]; reason: string };

export const projectCalls = sqliteTable(
  'project_calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    /** The district or street that runs the call; its places and deputies are the call's. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    budget: integer('budget').notNull(),
    mode: text('mode', { enum: callModes }).notNull(),
    /** Residents' mode: a ballot chooses 1..maxChoices projects. */
    maxChoices: integer('max_choices').notNull().default(5),
    stage: text('stage', { enum: callStages }).notNull().default('draft'),
    proposalsCloseOn: text('proposals_close_on'),
    rule: text('rule', { mode: 'json' }).$type<CallRule>(),
    /** Residents' mode: how the organizer settled each tie the budget could not hold, with the public reason. */
    settlements: text('settlements', { mode: 'json' }).notNull().default([]).$type<TieSettlement[]>(),
    openedAt: timestamp('opened_at'),
    decidedAt: timestamp('decided_at'),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('project_calls_unit_year_idx').on(t.unitId, t.year)],
);
export type ProjectCall = typeof projectCalls.$inferSelect;

export const proposalSources = ['resident', 'community_office', 'committee', 'deputy'] as const;
export type ProposalSource = (typeof proposalSources)[number];
export const proposalStatuses = ['pending', 'feasible', 'merged', 'out_of_scope', 'infeasible'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const projectProposals = sqliteTable(
  'project_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    place: text('place').notNull().default(''),
    title: text('title').notNull(),
    /** The title as compared for duplicates: same call, same community, same words. */
    titleKey: text('title_key').notNull(),
    problem: text('problem').notNull(),
    roughCost: integer('rough_cost'),
    source: text('source', { enum: proposalSources }).notNull(),
    /** A committee's or deputy's name; empty for residents, who propose anonymously. */
    proposerName: text('proposer_name').notNull().default(''),
    submittedBy: integer('submitted_by').references(() => staff.id),
    status: text('status', { enum: proposalStatuses }).notNull().default('pending'),
    screeningReason: text('screening_reason').notNull().default(''),
    mergedIntoId: integer('merged_into_id'),
    estimatedCost: integer('estimated_cost'),
    responsibleUnitId: integer('responsible_unit_id').references(() => units.id),
    screenedAt: timestamp('screened_at'),
    screenedBy: integer('screened_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('project_proposals_dup_idx').on(t.callId, t.communityId, t.titleKey),
    index('project_proposals_call_idx').on(t.callId, t.status),
  ],
);
export type ProjectProposal = typeof projectProposals.$inferSelect;

/** One-time proposal codes, handed out by community offices; stored hashed, burnt with the proposal. */
export const proposalCodes = sqliteTable('proposal_codes', {
  codeHash: text('code_hash').primaryKey(),
  callId: integer('call_id')
    .notNull()
    .references(() => projectCalls.id),
  communityId: integer('community_id')
    .notNull()
    .references(() => units.id),
  usedAt: timestamp('used_at'),
});

// ——— The vote ———

/** The deputies of a call, frozen when voting opens: the majority is of these. */
export const callDeputies = sqliteTable(
  'call_deputies',
  {
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    deputyId: integer('deputy_id')
      .notNull()
      .references(() => staff.id),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.deputyId] })],
);

export const deputyChoices = ['for', 'against'] as const;
export type DeputyChoice = (typeof deputyChoices)[number];

/** Each deputy's vote on each project: recorded by name, public once the result is published. */
export const deputyVotes = sqliteTable(
  'deputy_votes',
  {
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => projectProposals.id),
    deputyId: integer('deputy_id')
      .notNull()
      .references(() => staff.id),
    choice: text('choice', { enum: deputyChoices }).notNull(),
    at: timestamp('at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.deputyId] }), index('deputy_votes_call_idx').on(t.callId)],
);

export const resultOutcomes = ['adopted', 'rejected', 'over_budget', 'tied', 'no_votes'] as const;
export type ResultOutcome = (typeof resultOutcomes)[number];

/** The published result, one row per project on the ballot, with the counts behind it. */
export const callResults = sqliteTable(
  'call_results',
  {
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    proposalId: integer('proposal_id')
      .notNull()
      .references(() => projectProposals.id),
    votes: integer('votes').notNull().default(0),
    votesFor: integer('votes_for').notNull().default(0),
    votesAgainst: integer('votes_against').notNull().default(0),
    outcome: text('outcome', { enum: resultOutcomes }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.proposalId] })],
);
