import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { codeBatches, selections, units, type Election, type ElectionParty } from '@/db/schema';
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
};

export function partyState(database: Db, party: ElectionParty, election: Election): GuardianState | AuthorityState {
  const selection = database.select().from(selections).where(eq(selections.id, election.selectionId)).get()!;
  const rows = guardiansOf(database, election.id);
  const common: Common = {
    name: party.name,
    title: selection.title,
    year: selection.year,
    phase: election.phase,
    uuid: election.uuid,
    threshold: election.threshold,
    guardians: progressOf(rows),
  };
  if (party.kind === 'authority')
    return { ...common, kind: 'authority', communities: communitiesOf(database), batches: batchesOf(database, selection.id) };
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

function communitiesOf(database: Db) {
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
    .where(eq(units.kind, 'community'))
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
