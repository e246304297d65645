import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from './columns';
import { staff, units } from './core';
import { projectCalls } from './projects';
import { selections } from './vote';
import { ballotOrigins, codeStatuses, electionPhases, guardianRoles, partyKinds } from '../../lib/enums';
export {
  ballotOrigins,
  electionPhases,
  guardianRoles,
  partyKinds,
  type BallotOrigin,
  type ElectionPhase,
  type GuardianRole,
  type PartyKind,
} from '../../lib/enums';

// ——— Encrypted selections: one Belenios 2.5 election each (lib/election/, lib/belenios/) ———

/**
 * The Belenios election behind an encrypted selection, or behind the residents' vote of a
 * livelihood-projects call (exactly one owner). Raw JSON columns hold the exact bytes that
 * are hashed into the archive; they are never re-serialised. No column holds a choice or a count
 * until the guardians' partial decryptions have been combined into `result`.
 */
export const elections = sqliteTable(
  'elections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selectionId: integer('selection_id')
      .unique()
      .references(() => selections.id),
    callId: integer('call_id')
      .unique()
      .references(() => projectCalls.id),
    uuid: text('uuid').notNull().unique(),
    guardians: integer('guardians').notNull(),
    threshold: integer('threshold').notNull(),
    phase: text('phase', { enum: electionPhases }).notNull().default('keys'),
    trustees: text('trustees'),
    publicKey: text('public_key'),
    electionRaw: text('election_raw'),
    /** The candidate (or, for a call, proposal) id of each answer of the question, in ballot order. */
    answerIds: text('answer_ids', { mode: 'json' }).$type<number[]>(),
    /** Seconds; the archive header's timestamp, stamped on every record. */
    archiveTimestamp: integer('archive_timestamp'),
    // Where the event chain stands (the archive writer's resume state), moved in the same
    // transaction as every record appended.
    chainParent: text('chain_parent'),
    chainHeight: integer('chain_height'),
    records: integer('records').notNull().default(0),
    encryptedTally: text('encrypted_tally'),
    numTallied: integer('num_tallied'),
    totalWeight: integer('total_weight'),
    result: text('result', { mode: 'json' }).$type<number[][]>(),
    createdBy: integer('created_by').references(() => staff.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  () => [check('elections_one_owner', sql`(selection_id is null) <> (call_id is null)`)],
);
export type Election = typeof elections.$inferSelect;

/**
 * The guardians (k of n) and the credential authority: people apart from the server, each with a
 * one-time link (stored as a hash). Guardians' rows hold the public messages of the ceremony they
 * uploaded; their key files never reach the server.
 */
export const electionParties = sqliteTable(
  'election_parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id),
    kind: text('kind', { enum: partyKinds }).notNull(),
    /** Guardian number 1..n (its place in the trustees list); 0 for the credential authority. */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: guardianRoles }).notNull().default('other'),
    tokenHash: text('token_hash').notNull(),
    cert: text('cert'),
    polynomial: text('polynomial'),
    voutput: text('voutput'),
    partialDecryption: text('partial_decryption'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [
    uniqueIndex('election_parties_token_idx').on(t.tokenHash),
    uniqueIndex('election_parties_position_idx').on(t.electionId, t.kind, t.position),
  ],
);
export type ElectionParty = typeof electionParties.$inferSelect;

/**
 * The public board: every data file and event of the `.bel` archive, in the order written. Records of
 * partial decryptions and the result are embargoed until the selection is published.
 */
export const electionRecords = sqliteTable(
  'election_records',
  {
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id),
    seq: integer('seq').notNull(),
    event: integer('event', { mode: 'boolean' }).notNull(),
    hash: text('hash').notNull(),
    text: text('text').notNull(),
    embargoed: integer('embargoed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.electionId, t.seq] })],
);

/**
 * The ballot box: one row per accepted ballot, keyed by its public credential (one code, one ballot,
 * even under races), pointing at the ballot's data record. Only what is public anyway: the
 * credential and the tracker are in the ballot, and where it was encrypted is published beside it.
 */
export const encryptedBallots = sqliteTable(
  'encrypted_ballots',
  {
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id),
    credential: text('credential').notNull(),
    tracker: text('tracker').notNull(),
    seq: integer('seq').notNull(),
    origin: text('origin', { enum: ballotOrigins }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.electionId, t.credential] }),
    uniqueIndex('encrypted_ballots_tracker_idx').on(t.electionId, t.tracker),
    index('encrypted_ballots_seq_idx').on(t.electionId, t.seq),
  ],
);

/**
 * The public credentials of a call's residents' vote, by community (the credential authority's
 * batches), as ballot_codes are for a selection. Keyed by the credential, WITHOUT ROWID (set in the
 * migration): no insertion order, no time of use.
 */
export const callCredentials = sqliteTable(
  'call_credentials',
  {
    credential: text('credential').primaryKey(),
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    status: text('status', { enum: codeStatuses }).notNull().default('unused'),
  },
  (t) => [index('call_credentials_call_idx').on(t.callId, t.communityId, t.status)],
);
