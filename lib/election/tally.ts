import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { electionParties, electionRecords, elections, encryptedBallots, selections, type Election } from '@/db/schema';
import { decode, encode } from '@/lib/belenios/json';
import { checkPartialDecryption, combineResult, createTally, type OwnedPartialDecryption } from '@/lib/belenios/tally';
import { trusteeSlots } from '@/lib/belenios/trustees';
import { ballotCodec, partialDecryptionCodec, resultCodec } from '@/lib/belenios/types';
import { revalidatePublic } from '@/lib/revalidate';
import { votingEverOpened, votingState } from '@/lib/selection/stages';
import { appendToBoard } from './board';
import { parsePartialDecryption } from './ceremony';
import { closeElectionPool } from './pool';
import { countBallots, electionContext, electionOf, encryptedTallyOf, guardiansOf, trusteesOf } from './store';

export type CloseOutcome =
  { ok: true; ballots: number } | { ok: false; reason: 'noElection' | 'stillOpen' | 'alreadyClosed' | 'neverOpened' | 'changed' };

/**
 * After voting has closed: EndBallots, then the homomorphic sum of every ballot in the box as the
 * EncryptedTally event, which the guardians decrypt. The sum is made outside the transaction (no
 * ballot can arrive once voting has closed) and written only if the box is still as it was read.
 */
export async function closeBallotBox(database: Db, selectionId: number, now: Date): Promise<CloseOutcome> {
  const selection = database.select().from(selections).where(eq(selections.id, selectionId)).get();
  const election = electionOf(database, selectionId);
  if (!selection || !election) return { ok: false, reason: 'noElection' };
  if (election.phase !== 'frozen') return { ok: false, reason: 'alreadyClosed' };
  if (votingState(selection, now) !== 'closed') return { ok: false, reason: 'stillOpen' };
  if (!votingEverOpened(selection, now)) return { ok: false, reason: 'neverOpened' };
  const closed = await sumAndClose(database, election);
  // The cached /vote stops offering the device ballot once the box is closed.
  if (closed.ok) revalidatePublic({ selection: selection.year }, { database });
  return closed;
}

/**
 * The close itself, for any owner whose voting is over: EndBallots and the encrypted tally. The
 * caller has checked that no ballot can arrive any more.
 */
export async function sumAndClose(database: Db, election: Election): Promise<CloseOutcome> {
  const ctx = electionContext(election);
  const tally = createTally(ctx);
  const expected = countBallots(database, election.id);
  for (let from = 0; ;) {
    const page = database
      .select({ seq: encryptedBallots.seq, text: electionRecords.text })
      .from(encryptedBallots)
      .innerJoin(
        electionRecords,
        sql`${electionRecords.electionId} = ${encryptedBallots.electionId} and ${electionRecords.seq} = ${encryptedBallots.seq}`,
      )
      .where(sql`${encryptedBallots.electionId} = ${election.id} and ${encryptedBallots.seq} >= ${from}`)
      .orderBy(asc(encryptedBallots.seq))
      .limit(500)
      .all();
    if (page.length === 0) break;
    for (const row of page) tally.add(decode(ballotCodec, row.text, 'ballot', false), 1);
    from = page[page.length - 1]!.seq + 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const sum = tally.finish();
  const written = database.transaction(
    (tx) => {
      const now = tx.select().from(elections).where(eq(elections.id, election.id)).get()!;
      if (now.phase !== 'frozen' || countBallots(tx, election.id) !== expected || sum.numTallied !== expected) return false;
      appendToBoard(tx, election.id, (chain) => [
        ...chain.endBallots(),
        ...chain.encryptedTally(sum.encryptedTallyRaw, sum.numTallied, sum.totalWeight),
      ]);
      tx.update(elections)
        .set({ phase: 'closed', encryptedTally: sum.encryptedTallyRaw, numTallied: sum.numTallied, totalWeight: sum.totalWeight })
        .where(eq(elections.id, election.id))
        .run();
      return true;
    },
    { behavior: 'immediate' },
  );
  if (!written) return { ok: false, reason: 'changed' };
  await closeElectionPool(election.id);
  return { ok: true, ballots: expected };
}

export type DecryptionOutcome =
  | { ok: true; decrypted: boolean; received: number; needed: number }
  | { ok: false; reason: 'wrongStep' | 'badFormat' | 'badProof' | 'combine'; detail?: string };

/**
 * A guardian's partial decryption of the encrypted tally, checked against that guardian's
 * verification key before it is appended (embargoed until publication). The k-th valid one is
 * combined with the others into the result, checked, and written as the Result event.
 */
export function recordPartialDecryption(database: Db, partyId: number, raw: string): DecryptionOutcome {
  const party = database.select().from(electionParties).where(eq(electionParties.id, partyId)).get();
  const election = party && database.select().from(elections).where(eq(elections.id, party.electionId)).get();
  if (!party || !election || party.kind !== 'guardian' || election.phase !== 'closed' || party.partialDecryption)
    return { ok: false, reason: 'wrongStep' };
  const pd = parsePartialDecryption(raw);
  if (!pd) return { ok: false, reason: 'badFormat' };
  const ctx = electionContext(election);
  const trustees = trusteesOf(election);
  const slot = trusteeSlots(trustees)[party.position - 1]!;
  const problem = checkPartialDecryption(ctx, encryptedTallyOf(election), slot.publicKey, pd);
  if (problem) return { ok: false, reason: 'badProof', detail: problem };
  return database.transaction(
    (tx): DecryptionOutcome => {
      const fresh = tx.select().from(elections).where(eq(elections.id, election.id)).get()!;
      const mine = tx.select().from(electionParties).where(eq(electionParties.id, party.id)).get()!;
      if (fresh.phase !== 'closed' || mine.partialDecryption) return { ok: false, reason: 'wrongStep' };
      const stored = encode(partialDecryptionCodec, pd);
      tx.update(electionParties).set({ partialDecryption: stored }).where(eq(electionParties.id, party.id)).run();
      appendToBoard(tx, election.id, (chain) => chain.partialDecryption(slot.owner, stored), true);
      const pds: OwnedPartialDecryption[] = guardiansOf(tx, election.id)
        .filter((g) => g.partialDecryption)
        .map((g) => ({ owner: g.position, pd: decode(partialDecryptionCodec, g.partialDecryption!, 'partial_decryption') }));
      if (pds.length < election.threshold) return { ok: true, decrypted: false, received: pds.length, needed: election.threshold };
      const outcome = combineResult(ctx, trustees, encryptedTallyOf(fresh), fresh.totalWeight ?? 0, pds);
      // Each share was checked alone; a combination that still fails is kept out of the record.
      if (!outcome.ok) throw new CombineFailure(outcome.reason);
      appendToBoard(tx, election.id, (chain) => chain.result(encode(resultCodec, { result: outcome.result })), true);
      tx.update(elections).set({ phase: 'decrypted', result: outcome.result }).where(eq(elections.id, election.id)).run();
      return { ok: true, decrypted: true, received: pds.length, needed: election.threshold };
    },
    { behavior: 'immediate' },
  );
}

class CombineFailure extends Error {}

/** recordPartialDecryption with a failed combination reported, not thrown (the upload is then not kept). */
export function submitPartialDecryption(database: Db, partyId: number, raw: string): DecryptionOutcome {
  try {
    return recordPartialDecryption(database, partyId, raw);
  } catch (e) {
    if (e instanceof CombineFailure) return { ok: false, reason: 'combine', detail: e.message };
    throw e;
  }
}
