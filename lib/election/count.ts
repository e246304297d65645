import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { ballotCodes, electionRecords, encryptedBallots, turnout, type Selection } from '@/db/schema';
import { electionOf, guardiansOf } from './store';

export type EncryptedCountProblem = { what: 'decryption' | 'ballots' | 'receipts' | 'codes' | 'turnout'; expected: number; found: number };

/**
 * An encrypted selection's count: the guardians' combined result (per candidate, in ballot order),
 * checked against every counter that exists without a plain ballot — ballots cast, the ballot box,
 * burnt codes and turnout. Before the k-th partial decryption there is nothing to count.
 */
export function countEncrypted(
  database: Db,
  selection: Selection,
): { ballots: number; votes: Map<number, number>; problems: EncryptedCountProblem[] } {
  const election = electionOf(database, selection.id);
  const votes = new Map<number, number>();
  if (!election || election.phase !== 'decrypted' || !election.result || !election.answerIds) {
    const received = election ? guardiansOf(database, election.id).filter((g) => g.partialDecryption).length : 0;
    return { ballots: 0, votes, problems: [{ what: 'decryption', expected: election?.threshold ?? 1, found: received }] };
  }
  election.answerIds.forEach((id, i) => votes.set(id, election.result![0]![i] ?? 0));
  const ballots = election.numTallied ?? 0;
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const problems: EncryptedCountProblem[] = [];
  // As the plain count reports them: the counter as expected, the ballots decrypted as found.
  const check = (what: EncryptedCountProblem['what'], counter: number) => {
    if (counter !== ballots) problems.push({ what, expected: counter, found: ballots });
  };
  check('ballots', selection.ballotsCast);
  check(
    'receipts',
    n(
      database
        .select({ n: sql<number>`count(*)` })
        .from(encryptedBallots)
        .where(eq(encryptedBallots.electionId, election.id))
        .get(),
    ),
  );
  check(
    'codes',
    n(
      database
        .select({ n: sql<number>`count(*)` })
        .from(ballotCodes)
        .where(and(eq(ballotCodes.selectionId, selection.id), eq(ballotCodes.status, 'used')))
        .get(),
    ),
  );
  check(
    'turnout',
    n(
      database
        .select({ n: sql<number>`coalesce(sum(${turnout.ballots}), 0)` })
        .from(turnout)
        .where(eq(turnout.selectionId, selection.id))
        .get(),
    ),
  );
  return { ballots, votes, problems };
}

/** At publication the partial decryptions and the result join the public record. */
export function liftEmbargo(tx: Tx, selectionId: number) {
  const election = electionOf(tx, selectionId);
  if (election) liftElectionEmbargo(tx, election.id);
}

export const liftElectionEmbargo = (tx: Tx, electionId: number) =>
  tx.update(electionRecords).set({ embargoed: false }).where(eq(electionRecords.electionId, electionId)).run();

/** Every accepted ballot's tracker, sorted (the receipts an encrypted selection publishes). */
export const trackersOf = (database: Db, electionId: number) =>
  database
    .select({ t: encryptedBallots.tracker })
    .from(encryptedBallots)
    .where(eq(encryptedBallots.electionId, electionId))
    .orderBy(encryptedBallots.tracker)
    .all()
    .map((r) => r.t);
