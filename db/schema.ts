import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const unitKinds = ['district', 'street', 'community'] as const;
export type UnitKind = (typeof unitKinds)[number];

export const roles = ['admin', 'organizer', 'inspector', 'surveyor', 'unit_staff', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const grades = ['bureau', 'division', 'section', 'staff'] as const;
export type Grade = (typeof grades)[number];

const now = sql`(unixepoch() * 1000)`;

// `path` is the chain of ancestor ids ("/1/4/17/"): a subtree is one indexed prefix match.
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parentId: integer('parent_id'),
    kind: text('kind', { enum: unitKinds }).notNull(),
    name: text('name').notNull(),
    path: text('path').notNull().default(''),
    households: integer('households'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('units_path_idx').on(t.path), index('units_parent_idx').on(t.parentId)],
);
export type Unit = typeof units.$inferSelect;

export const officials = sqliteTable(
  'officials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    position: text('position').notNull(),
    grade: text('grade', { enum: grades }).notNull(),
    bio: text('bio').notNull().default(''),
    photoUrl: text('photo_url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('officials_unit_idx').on(t.unitId), index('officials_name_idx').on(t.name)],
);
export type Official = typeof officials.$inferSelect;

// unitId null means the account spans the whole district.
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [uniqueIndex('staff_username_idx').on(t.username)],
);
export type Staff = typeof staff.$inferSelect;

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    unitId: integer('unit_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entity, t.entityId)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

// A previewed roster waits here until the organizer confirms it, so the import commits exactly what was shown.
export const rosterImports = sqliteTable('roster_imports', {
  id: text('id').primaryKey(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id),
  fileName: text('file_name').notNull(),
  rows: text('rows', { mode: 'json' }).notNull(),
  rowCount: integer('row_count').notNull(),
  status: text('status', { enum: ['previewed', 'imported', 'discarded'] }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});
export type RosterImport = typeof rosterImports.$inferSelect;

// ——— 十佳公仆 selection ———

export const selectionStages = ['draft', 'criteria', 'nomination', 'voting', 'counting', 'published', 'archived'] as const;
export type SelectionStage = (typeof selectionStages)[number];

export const selections = sqliteTable('selections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  rules: text('rules').notNull().default(''),
  maxChoices: integer('max_choices').notNull().default(10),
  winners: integer('winners').notNull().default(10),
  stage: text('stage', { enum: selectionStages }).notNull().default('draft'),
  criteriaOpensAt: integer('criteria_opens_at', { mode: 'timestamp_ms' }),
  nominationOpensAt: integer('nomination_opens_at', { mode: 'timestamp_ms' }),
  votingOpensAt: integer('voting_opens_at', { mode: 'timestamp_ms' }).notNull(),
  votingClosesAt: integer('voting_closes_at', { mode: 'timestamp_ms' }).notNull(),
  // Live turnout, updated in the casting transaction; the only count public before publication.
  ballotsCast: integer('ballots_cast').notNull().default(0),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});
export type Selection = typeof selections.$inferSelect;

export const criterionStatuses = ['pending', 'published', 'adopted', 'rejected'] as const;

export const criteria = sqliteTable(
  'criteria',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    text: text('text').notNull(),
    status: text('status', { enum: criterionStatuses }).notNull().default('pending'),
    endorsements: integer('endorsements').notNull().default(0),
    proposedByStaff: integer('proposed_by_staff', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('criteria_selection_idx').on(t.selectionId, t.status)],
);
export type Criterion = typeof criteria.$inferSelect;

export const nominationStatuses = ['pending', 'approved', 'rejected'] as const;

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

export const codeStatuses = ['unused', 'used', 'revoked'] as const;

// Codes are stored only as hashes, keyed by the hash (WITHOUT ROWID: no insertion order), and carry
// no time of use: nothing here can be lined up with a ballot.
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

// ——— Counting and publication ———

/** The checked tally and the published files' fingerprints; one row per selection once counted. */
export const publications = sqliteTable('publications', {
  selectionId: integer('selection_id')
    .primaryKey()
    .references(() => selections.id),
  tally: text('tally', { mode: 'json' }).notNull(),
  ballotsCounted: integer('ballots_counted').notNull(),
  tieAtCutoff: integer('tie_at_cutoff', { mode: 'boolean' }).notNull().default(false),
  tieRule: text('tie_rule'),
  tieReason: text('tie_reason'),
  requestedBy: integer('requested_by').references(() => staff.id),
  confirmedBy: integer('confirmed_by').references(() => staff.id),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  fingerprints: text('fingerprints', { mode: 'json' }),
  commendedOn: text('commended_on'),
  commendationPlace: text('commendation_place'),
  commendationNotes: text('commendation_notes'),
});
export type Publication = typeof publications.$inferSelect;

// The published ballot log: every ballot's choices in a shuffled order fixed at publication.
export const ballotLog = sqliteTable(
  'ballot_log',
  {
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    position: integer('position').notNull(),
    choices: text('choices').notNull(),
  },
  (t) => [primaryKey({ columns: [t.selectionId, t.position] })],
);

/** Winners by year since 1988: imported from the paper archive or written at publication. */
export const honours = sqliteTable(
  'honours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    position: text('position').notNull().default(''),
    note: text('note').notNull().default(''),
    officialId: integer('official_id').references(() => officials.id),
    selectionId: integer('selection_id').references(() => selections.id),
  },
  (t) => [index('honours_year_idx').on(t.year), index('honours_official_idx').on(t.officialId), index('honours_name_idx').on(t.name)],
);
export type Honour = typeof honours.$inferSelect;
