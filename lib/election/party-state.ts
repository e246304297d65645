import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { callCredentials, codeBatches, projectCalls, selections, units, type Election, type ElectionParty } from '@/db/schema';
import { decode, encode } from '@/lib/belenios/json';
import { vinputCodec, voutputCodec } from '@/lib/belenios/types';
import type { ElectionPhase, GuardianRole } from '@/lib/enums';
import { guardianTodo, vinputFor, type GuardianTodo } from './ceremony';
import { guardiansOf } from './store';

export type GuardianProgress = {
  position: number;
  name: string;
  role: GuardianRole;
  cert: boolean;
  polynomial: boolean;
  voutput: boolean;
  decrypted: boolean;
};

/** What every page of the ceremony shows: who has done which step (public messages only, no secret). */
export function progressOf(rows: ElectionParty[]): GuardianProgress[] {
  return rows.map((r) => ({
    position: r.position,
    name: r.name,
    role: r.role,
    cert: r.cert !== null,
    polynomial: r.polynomial !== null,
    voutput: r.voutput !== null,
    decrypted: r.partialDecryption !== null,
  }));
}

type Common = {
  name: string;
  title: string;
  year: number;
  phase: ElectionPhase;
  uuid: string;
  threshold: number;
  guardians: GuardianProgress[];
};

/**
 * What a guardian's page needs for its next step, and nothing more: the others' certificates once all
 * are in, the vinput routed to this guardian, and at the tally the election, trustees, encrypted tally
 * and this guardian's own encrypted key share (from its voutput, readable only with its key file).
 */
export type GuardianState = Common & {
  kind: 'guardian';
  position: number;
  todo: GuardianTodo;
  certs?: string[];
  vinput?: string;
  electionRaw?: string;
  trustees?: string;
  encryptedTally?: string;
  keyShare?: string;
};

export type AuthorityState = Common & {
  kind: 'authority';
  communities: { id: number; name: string; street: string }[];
  batches: { communityId: number; issued: number }[];
  /** Where a slip's QR code leads (the code goes in the fragment). */
  ballotPath: string;
};

/** What the parties' pages name: the selection, or the call whose residents' vote this is. */
function ownerOf(database: Db, election: Election) {
  if (election.selectionId !== null) {
    const selection = database.select().from(selections).where(eq(selections.id, election.selectionId)).get()!;
    return {
      title: selection.title,
      year: selection.year,
      unitPath: null,
      batches: batchesOf(database, selection.id),
      ballotPath: '/vote',
    };
  }
  const call = database.select().from(projectCalls).where(eq(projectCalls.id, election.callId!)).get()!;
  const unit = database.select({ path: units.path }).from(units).where(eq(units.id, call.unitId)).get()!;
  return {
    title: call.title,
    year: call.year,
    unitPath: unit.path,
    batches: callBatchesOf(database, call.id),
    ballotPath: `/projects/calls/${call.id}/ballot`,
  };
}

export function partyState(database: Db, party: ElectionParty, election: Election): GuardianState | AuthorityState {
  const owner = ownerOf(database, election);
  const rows = guardiansOf(database, election.id);
  const common: Common = {
    name: party.name,
    title: owner.title,
    year: owner.year,
    phase: election.phase,
    uuid: election.uuid,
    threshold: election.threshold,
    guardians: progressOf(rows),
  };
  if (party.kind === 'authority')
    return {
      ...common,
      kind: 'authority',
      communities: communitiesOf(database, owner.unitPath),
      batches: owner.batches,
      ballotPath: owner.ballotPath,
    };
  const me = rows.find((r) => r.id === party.id)!;
  const todo = guardianTodo(election.phase, rows, me);
  const state: GuardianState = { ...common, kind: 'guardian', position: party.position, todo };
  if (rows.every((r) => r.cert)) state.certs = rows.map((r) => r.cert!);
  if (todo === 'voutput') state.vinput = encode(vinputCodec, vinputFor(rows, party.position));
  if (todo === 'decryption') {
    state.electionRaw = election.electionRaw!;
    state.trustees = election.trustees!;
    state.encryptedTally = election.encryptedTally!;
    state.keyShare = decode(voutputCodec, me.voutput!, 'voutput').private_key;
  }
  return state;
}

function communitiesOf(database: Db, under: string | null) {
  const streets = new Map(
    database
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(eq(units.kind, 'street'))
      .all()
      .map((s) => [s.id, s.name]),
  );
  return database
    .select({ id: units.id, name: units.name, parentId: units.parentId })
    .from(units)
    .where(and(eq(units.kind, 'community'), under ? like(units.path, `${under}%`) : undefined))
    .orderBy(asc(units.path))
    .all()
    .map((c) => ({ id: c.id, name: c.name, street: streets.get(c.parentId ?? -1) ?? '' }));
}

const batchesOf = (database: Db, selectionId: number) =>
  database
    .select({ communityId: codeBatches.communityId, issued: codeBatches.issued })
    .from(codeBatches)
    .where(and(eq(codeBatches.selectionId, selectionId), isNull(codeBatches.revokedAt)))
    .orderBy(asc(codeBatches.id))
    .all();

/** A call's credentials by community: each community's uploads counted together. */
const callBatchesOf = (database: Db, callId: number) =>
  database
    .select({ communityId: callCredentials.communityId, issued: sql<number>`count(*)` })
    .from(callCredentials)
    .where(eq(callCredentials.callId, callId))
    .groupBy(callCredentials.communityId)
    .all();
