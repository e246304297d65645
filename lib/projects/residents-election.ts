/**
 * The Belenios election of a call's residents' vote: set up before voting (guardians k of n and a
 * credential authority, through the same one-time links and pages as a selection's), frozen with the
 * ballot when voting opens, closed by the organizer, decrypted by k guardians. The question is
 * "choose 1..K of the call's projects", its answers the feasible proposals in id order.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { callCredentials, encryptedBallots, type ProjectCall } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError } from '@/lib/action/core';
import { liftElectionEmbargo } from '@/lib/election/count';
import { insertElection, sealSetup, SetupRefusal, type NewElection } from '@/lib/election/setup';
import { electionOfCall } from '@/lib/election/store';
import { sumAndClose, type CloseOutcome } from '@/lib/election/tally';
import { feasibleOf } from './decide';

const refused = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SetupRefusal) throw new ActionError(`election.errors.${e.reason}`);
    throw e;
  }
};

/** Only for a residents' call that has not opened its vote, once. */
export function createCallElection(tx: Tx, call: ProjectCall, input: NewElection, createdBy: number | null) {
  if (call.mode !== 'residents') throw new ActionError('election.errors.notEncrypted');
  if (!['draft', 'proposals', 'screening'].includes(call.stage)) throw new ActionError('election.errors.tooLate');
  if (electionOfCall(tx, call.id)) throw new ActionError('election.errors.exists');
  return refused(() => insertElection(tx, { callId: call.id }, input, createdBy));
}

/** As voting opens: the ballot (every feasible project, its cost beside its title) goes into the election. */
export function freezeCallSetup(tx: Tx, call: ProjectCall, at: Date) {
  const election = electionOfCall(tx, call.id);
  if (!election) throw new ActionError('election.errors.noElection');
  if (election.phase === 'keys') throw new ActionError('election.errors.keysPending');
  if (election.phase !== 'ready') throw new ActionError('election.errors.frozen');
  const ballot = feasibleOf(tx, call.id);
  const max = Math.min(call.rule?.maxChoices ?? call.maxChoices, ballot.length);
  return refused(() =>
    sealSetup(
      tx,
      election,
      {
        name: call.title,
        description: call.intro || call.title,
        answers: ballot.map((p) => ({ id: p.id, text: `${p.title}（${p.estimatedCost ?? 0} 元）` })),
        question: `选出 1 至 ${max} 项 / Choose 1 to ${max} projects`,
        max,
      },
      at,
    ),
  );
}

/** The organizer ends the residents' voting: EndBallots and the encrypted tally for the guardians. */
export async function closeCallBallotBox(database: Db, call: ProjectCall): Promise<CloseOutcome> {
  const election = electionOfCall(database, call.id);
  if (!election) return { ok: false, reason: 'noElection' };
  if (call.stage !== 'voting' || election.phase !== 'frozen') return { ok: false, reason: 'alreadyClosed' };
  return sumAndClose(database, election);
}

/**
 * Votes per proposal id from the guardians' combined, checked result; null until the k-th partial
 * decryption, or when the decrypted ballots are not exactly the ballots boxed and codes burnt.
 */
export function residentsTally(tx: Tx, callId: number): Map<number, number> | null {
  const election = electionOfCall(tx, callId);
  if (!election || election.phase !== 'decrypted' || !election.result || !election.answerIds) return null;
  const boxed = tx.get<{ n: number }>(
    sql`select count(*) as n from ${encryptedBallots} where ${encryptedBallots.electionId} = ${election.id}`,
  )!.n;
  const burnt = tx
    .select({ n: sql<number>`count(*)` })
    .from(callCredentials)
    .where(and(eq(callCredentials.callId, callId), eq(callCredentials.status, 'used')))
    .get()!.n;
  if (boxed !== election.numTallied || burnt !== election.numTallied) return null;
  return new Map(election.answerIds.map((id, i) => [id, election.result![0]![i] ?? 0]));
}

/** At the call's decision the partial decryptions and the result join its public record. */
export function publishCallRecord(tx: Tx, callId: number) {
  const election = electionOfCall(tx, callId);
  if (election) liftElectionEmbargo(tx, election.id);
}
