import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from './columns';
import { officials, units } from './core';
import { selectionStages, criterionStatuses, nominationStatuses, codeStatuses, selectionModes } from '../../lib/enums';
export { selectionStages, criterionStatuses, nominationStatuses, codeStatuses, selectionModes, type SelectionStage, type SelectionMode } from '../../lib/enums';

// ——— 十佳公仆 selection ———

export const selections = sqliteTable('selections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  rules: text('rules').notNull().default(''),
  // English names are optional: staff give one where they want; /en pages show the Chinese, marked, otherwise.
  titleEn: text('title_en'),
  rulesEn: text('rules_en'),
  maxChoices: integer('max_choices').notNull().default(10),
  winners: integer('winners').notNull().default(10),
  stage: text('stage', { enum: selectionStages }).notNull().default('draft'),
  // 'encrypted': ballots are Belenios ciphertexts (db/tables/election.ts); rows from before it stay 'plain'.
  mode: text('mode', { enum: selectionModes }).notNull().default('plain'),
  criteriaOpensAt: integer('criteria_opens_at', { mode: 'timestamp_ms' }),
  nominationOpensAt: integer('nomination_opens_at', { mode: 'timestamp_ms' }),
  votingOpensAt: integer('voting_opens_at', { mode: 'timestamp_ms' }).notNull(),
  votingClosesAt: integer('voting_closes_at', { mode: 'timestamp_ms' }).notNull(),
  // Live turnout, updated in the casting transaction; the only count public before publication.
  ballotsCast: integer('ballots_cast').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});
export type Selection = typeof selections.$inferSelect;

export const criteria = sqliteTable(
  'criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    text: text('text').notNull(),
    /** An English version an organizer may add when adopting a criterion (residents write in Chinese). */
    textEn: text('text_en'),
    status: text('status', { enum: criterionStatuses }).notNull().default('pending'),
    endorsements: integer('endorsements').notNull().default(0),
    proposedByStaff: integer('proposed_by_staff', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('criteria_selection_idx').on(t.selectionId, t.status)],
);
export type Criterion = typeof criteria.$inferSelect;

export const nominations = sqliteTable(
  'nominations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    officialId: integer('official_id').references(() => officials.id),
    // When the nominee is not on the roster, the resident's own words for name and unit.
    nomineeName: text('nominee_name').notNull(),
    nomineeUnit: text('nominee_unit').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: nominationStatuses }).notNull().default('pending'),
    decisionReason: text('decision_reason'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('nominations_selection_idx').on(t.selectionId, t.status)],
);
export type Nomination = typeof nominations.$inferSelect;

export const candidates = sqliteTable(
  'candidates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    // Kept in the casting transaction; never shown before publication (embargo).
    votes: integer('votes').notNull().default(0),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('candidates_selection_official_idx').on(t.selectionId, t.officialId)],
);
export type Candidate = typeof candidates.$inferSelect;

export const codeBatches = sqliteTable(
  'code_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    issued: integer('issued').notNull(),
    note: text('note').notNull().default(''),
    issuedBy: text('issued_by').notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('code_batches_selection_idx').on(t.selectionId, t.communityId)],
);
export type CodeBatch = typeof codeBatches.$inferSelect;

// Codes are stored only as hashes, keyed by the hash (WITHOUT ROWID: no insertion order), and carry
// no time of use: nothing here can be lined up with a ballot. For an encrypted selection the key is
// the code's public credential (the server never sees the code), which is also in its ballot.
export const ballotCodes = sqliteTable(
  'ballot_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    batchId: integer('batch_id')
      .notNull()
      .references(() => codeBatches.id),
    status: text('status', { enum: codeStatuses }).notNull().default('unused'),
  },
  (t) => [index('ballot_codes_batch_idx').on(t.batchId, t.status)],
);
export type BallotCode = typeof ballotCodes.$inferSelect;

// The secret ballot. Random keys, WITHOUT ROWID (set in the migration), no time, no code, no receipt,
// no community: a ballot is only what it chose.
export const ballots = sqliteTable('ballots', {
  id: text('id').primaryKey(),
  selectionId: integer('selection_id')
    .notNull()
    .references(() => selections.id),
});

export const ballotChoices = sqliteTable(
  'ballot_choices',
  {
    ballotId: text('ballot_id')
      .notNull()
      .references(() => ballots.id),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.candidateId] })],
);

// Receipts prove a ballot was counted; they are kept apart from ballots, keyed by their hash.
export const receipts = sqliteTable(
  'receipts',
  {
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.selectionId, t.receiptHash] })],
);

// Turnout per community, counted from the code's batch at casting time (the ballot itself has no community).
export const turnout = sqliteTable(
  'turnout',
  {
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    ballots: integer('ballots').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.selectionId, t.communityId] })],
);
