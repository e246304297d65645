import { and, eq, sql } from 'drizzle-orm';
import {
  ballotCodes,
  callCredentials,
  codeBatches,
  electionParties,
  elections,
  projectCalls,
  units,
  type Election,
  type Selection,
} from '@/db/schema';
import type { Tx } from '@/db/tx';
import { parsePublicCredentials } from '@/lib/belenios/credentials';
import { generateUuid, makeElection } from '@/lib/belenios/election';
import { encode } from '@/lib/belenios/json';
import { publicCredentialsCodec } from '@/lib/belenios/types';
import type { GuardianRole } from '@/lib/enums';
import { appendToBoard } from './board';
import { assembleTrustees, checkCeremonyUpload, guardianTodo, type GuardianStep, type UploadCheck } from './ceremony';
import { ballotOrder, electionOf, guardiansOf, publicCredentialList, publicCredentialsOf } from './store';
import { hashPartyToken, newPartyToken } from './tokens';

/** Refusals of the setup, as the keys of their messages (`election.errors.*`). */
export class SetupRefusal extends Error {
  constructor(public readonly reason: string) {
    super(reason);
  }
}
const refuse = (reason: string): never => {
  throw new SetupRefusal(reason);
};

export type NewElection = { guardians: { name: string; role: GuardianRole }[]; threshold: number; authorityName: string };
export type PartyLink = { kind: 'guardian' | 'authority'; position: number; name: string; token: string };

/** Only before voting, and only for an encrypted selection without an election yet. */
function settingUp(selection: Selection) {
  if (selection.mode !== 'encrypted') refuse('notEncrypted');
  if (!['draft', 'criteria', 'nomination'].includes(selection.stage)) refuse('tooLate');
}

/** A new election (its uuid) with n guardians and a credential authority, each with a one-time link. */
export function createElection(
  tx: Tx,
  selection: Selection,
  input: NewElection,
  createdBy: number | null,
): { election: Election; links: PartyLink[] } {
  settingUp(selection);
  if (electionOf(tx, selection.id)) refuse('exists');
  return insertElection(tx, { selectionId: selection.id }, input, createdBy);
}

export type ElectionOwner = { selectionId: number; callId?: never } | { callId: number; selectionId?: never };

/** The election row of its owner (a selection or a call), and its parties with their one-time links. */
export function insertElection(
  tx: Tx,
  owner: ElectionOwner,
  input: NewElection,
  createdBy: number | null,
): { election: Election; links: PartyLink[] } {
  const n = input.guardians.length;
  if (n < 1 || input.threshold < 1 || input.threshold > n) refuse('threshold');
  const election = tx
    .insert(elections)
    .values({ ...owner, uuid: generateUuid(), guardians: n, threshold: input.threshold, createdBy })
    .returning()
    .get();
  const parties = [
    ...input.guardians.map((g, i) => ({ kind: 'guardian' as const, position: i + 1, name: g.name, role: g.role })),
    { kind: 'authority' as const, position: 0, name: input.authorityName, role: 'other' as const },
  ];
  const links = parties.map((p) => {
    const token = newPartyToken();
    tx.insert(electionParties)
      .values({ electionId: election.id, ...p, tokenHash: hashPartyToken(token) })
      .run();
    return { kind: p.kind, position: p.position, name: p.name, token };
  });
  return { election, links };
}

/** A fresh link for a party that lost theirs; the old one stops working at once. */
export function reissueLink(tx: Tx, partyId: number): { party: typeof electionParties.$inferSelect; token: string } {
  const party = tx.select().from(electionParties).where(eq(electionParties.id, partyId)).get() ?? refuse('notFound');
  const token = newPartyToken();
  tx.update(electionParties)
    .set({ tokenHash: hashPartyToken(token) })
    .where(eq(electionParties.id, partyId))
    .run();
  return { party, token };
}

/**
 * One guardian's ceremony message (certificate, polynomial, voutput), checked against the others';
 * the last voutput makes the trustees and the election key.
 */
export function recordCeremonyStep(
  tx: Tx,
  electionId: number,
  position: number,
  step: Exclude<GuardianStep, 'decryption'>,
  raw: string,
): UploadCheck {
  const election = tx.select().from(elections).where(eq(elections.id, electionId)).get()!;
  if (election.phase !== 'keys') return { ok: false, reason: 'wrongStep' };
  const rows = guardiansOf(tx, electionId);
  const check = checkCeremonyUpload(step, raw, rows, position, election.threshold);
  if (!check.ok) return check;
  const me = rows.find((r) => r.position === position)!;
  tx.update(electionParties)
    .set({ [step]: check.stored })
    .where(eq(electionParties.id, me.id))
    .run();
  const after = rows.map((r) => (r.id === me.id ? { ...r, [step]: check.stored } : r));
  if (step === 'voutput' && after.every((r) => r.voutput !== null)) {
    const { trusteesRaw, publicKey } = assembleTrustees(after);
    tx.update(elections).set({ phase: 'ready', trustees: trusteesRaw, publicKey }).where(eq(elections.id, electionId)).run();
  }
  return check;
}

export const todoOf = (election: Election, rows: ReturnType<typeof guardiansOf>, position: number) =>
  guardianTodo(
    election.phase,
    rows,
    rows.find((r) => r.position === position)!,
  );

export type CredentialUpload = { ok: true; batchId: number; count: number } | { ok: false; reason: string; detail?: string };

/**
 * A community batch of public credentials from the credential authority. The server keeps which
 * batch each credential belongs to (for turnout and reconciliation); the archive gets only the
 * merged, sorted list.
 */
export function uploadCredentials(tx: Tx, election: Election, authority: string, communityId: number, lines: string[]): CredentialUpload {
  const current = tx.select().from(elections).where(eq(elections.id, election.id)).get()!;
  if (current.phase === 'frozen' || current.phase === 'closed' || current.phase === 'decrypted') return { ok: false, reason: 'frozen' };
  const community = tx
    .select()
    .from(units)
    .where(and(eq(units.id, communityId), eq(units.kind, 'community')))
    .get();
  if (!community) return { ok: false, reason: 'notCommunity' };
  const parsed = parsePublicCredentials(lines);
  if (!parsed.ok) return { ok: false, reason: 'badCredentials', detail: parsed.reason };
  if ([...parsed.list.weights.values()].some((w) => w !== 1)) return { ok: false, reason: 'badCredentials', detail: 'weights' };
  const known = new Set(publicCredentialsOf(tx, current));
  if (lines.some((c) => known.has(c))) return { ok: false, reason: 'duplicateCredentials' };
  if (current.callId !== null) {
    // A call's codes are for the places it serves: the communities under its unit.
    const call = tx.select({ unitId: projectCalls.unitId }).from(projectCalls).where(eq(projectCalls.id, current.callId)).get()!;
    const unit = tx.select({ path: units.path }).from(units).where(eq(units.id, call.unitId)).get()!;
    if (!community.path.startsWith(unit.path)) return { ok: false, reason: 'notCommunity' };
    for (let i = 0; i < lines.length; i += 1000)
      tx.insert(callCredentials)
        .values(lines.slice(i, i + 1000).map((credential) => ({ credential, callId: current.callId!, communityId })))
        .run();
    return { ok: true, batchId: 0, count: lines.length };
  }
  const selectionId = current.selectionId!;
  const batch = tx
    .insert(codeBatches)
    .values({ selectionId, communityId, issued: lines.length, note: '', issuedBy: authority })
    .returning()
    .get();
  for (let i = 0; i < lines.length; i += 1000)
    tx.insert(ballotCodes)
      .values(lines.slice(i, i + 1000).map((codeHash) => ({ codeHash, selectionId, batchId: batch.id })))
      .run();
  return { ok: true, batchId: batch.id, count: lines.length };
}

/**
 * Freezes the setup before voting: the election JSON (candidates in ballot order, the guardians'
 * key), and the Setup event with the trustees and every public credential. From here on the
 * ballot and the list of codes cannot change, and the public board exists.
 */
export function freezeSetup(tx: Tx, selection: Selection, at: Date): Election {
  settingUp(selection);
  const election = electionOf(tx, selection.id) ?? refuse('noElection');
  if (election.phase === 'keys') refuse('keysPending');
  if (election.phase !== 'ready') refuse('frozen');
  const credentials = publicCredentialList(tx, selection.id);
  if (credentials.length === 0) refuse('noCredentials');
  const order = ballotOrder(tx, selection.id);
  if (order.length === 0) refuse('noCandidates');
  const pendingNominations = tx.get<{ n: number }>(
    sql`select count(*) as n from nominations where selection_id = ${selection.id} and status = 'pending'`,
  )!.n;
  if (pendingNominations > 0) refuse('undecidedNominations');
  const max = Math.min(selection.maxChoices, order.length);
  return sealSetup(
    tx,
    election,
    {
      name: selection.title,
      description: selection.rules || selection.title,
      answers: order.map((c) => ({ id: c.id, text: `${c.name}（${c.unit}）` })),
      question: `选出 1 至 ${max} 人 / Choose 1 to ${max}`,
      max,
    },
    at,
  );
}

export type SetupBallot = { name: string; description: string; answers: { id: number; text: string }[]; question: string; max: number };

/**
 * The election JSON (answers in ballot order, the guardians' key) and the Setup event with the
 * trustees and every public credential, for any owner: from here on the ballot and the list of
 * codes cannot change, and the public board exists.
 */
export function sealSetup(tx: Tx, election: Election, ballot: SetupBallot, at: Date): Election {
  const credentials = publicCredentialsOf(tx, election);
  if (credentials.length === 0) refuse('noCredentials');
  const authority = tx
    .select({ name: electionParties.name })
    .from(electionParties)
    .where(and(eq(electionParties.electionId, election.id), eq(electionParties.kind, 'authority')))
    .get();
  const electionRaw = makeElection({
    uuid: election.uuid,
    name: ballot.name,
    description: ballot.description,
    candidates: ballot.answers.map((a) => a.text),
    question: ballot.question,
    min: 1,
    max: ballot.max,
    publicKey: election.publicKey!,
    administrator: 'Minping 民评',
    credentialAuthority: authority?.name,
  });
  const timestamp = Math.floor(at.getTime() / 1000);
  tx.update(elections)
    .set({ phase: 'frozen', electionRaw, answerIds: ballot.answers.map((a) => a.id), archiveTimestamp: timestamp })
    .where(eq(elections.id, election.id))
    .run();
  appendToBoard(tx, election.id, (chain) => chain.setup(electionRaw, election.trustees!, encode(publicCredentialsCodec, credentials)));
  return tx.select().from(elections).where(eq(elections.id, election.id)).get()!;
}
