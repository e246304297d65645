import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotCodes, codeBatches, elections, encryptedBallots, selections, turnout } from '@/db/schema';
import type { BallotOrigin } from '@/lib/enums';
import type { CastResult } from '@/lib/selection/cast';
import { votingState } from '@/lib/selection/stages';
import { appendToBoard } from './board';

/** A ballot whose every proof and signature the worker pool has already checked. */
export type CheckedBallot = { year: number; ballot: string; credential: string; tracker: string; origin: BallotOrigin };

/**
 * One encrypted ballot, inside a write transaction: the window, the code (its public credential:
 * in this selection's list, not used, not revoked), then the ballot on the board, its Ballot
 * event, the ballot box row, the burnt code and turnout. No choice exists here and no candidate's
 * counter moves. Refusals return before anything is written.
 */
export function castEncryptedWithin(database: Db, input: CheckedBallot, now: Date): CastResult {
  const selection = database.select().from(selections).where(eq(selections.year, input.year)).get();
  if (!selection || selection.mode !== 'encrypted') return { ok: false, reason: 'noSelection' };
  const state = votingState(selection, now);
  if (state !== 'open') return { ok: false, reason: state };
  const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get();
  // The ballot box closes with EndBallots, whatever the clock says.
  if (!election || election.phase !== 'frozen') return { ok: false, reason: election ? 'closed' : 'notOpen' };
  const code = database
    .select({ status: ballotCodes.status, communityId: codeBatches.communityId })
    .from(ballotCodes)
    .innerJoin(codeBatches, eq(codeBatches.id, ballotCodes.batchId))
    .where(and(eq(ballotCodes.codeHash, input.credential), eq(ballotCodes.selectionId, selection.id)))
    .get();
  if (!code) return { ok: false, reason: 'unknownCode' };
  if (code.status === 'used') return { ok: false, reason: 'usedCode' };
  if (code.status === 'revoked') return { ok: false, reason: 'revokedCode' };
  const burnt = database
    .update(ballotCodes)
    .set({ status: 'used' })
    .where(and(eq(ballotCodes.codeHash, input.credential), eq(ballotCodes.status, 'unused')))
    .run().changes;
  if (burnt !== 1) return { ok: false, reason: 'usedCode' };
  boxBallot(database, election.id, input);
  database
    .update(selections)
    .set({ ballotsCast: sql`${selections.ballotsCast} + 1` })
    .where(eq(selections.id, selection.id))
    .run();
  database
    .insert(turnout)
    .values({ selectionId: selection.id, communityId: code.communityId, ballots: 1 })
    .onConflictDoUpdate({ target: [turnout.selectionId, turnout.communityId], set: { ballots: sql`${turnout.ballots} + 1` } })
    .run();
  return { ok: true, trackingCode: input.tracker };
}

/** The checked ballot on the board (its Ballot event) and in the ballot box, after its code was burnt. */
export function boxBallot(database: Db, electionId: number, input: Omit<CheckedBallot, 'year'>) {
  const { firstSeq } = appendToBoard(database, electionId, (chain) => chain.ballot(input.ballot));
  database
    .insert(encryptedBallots)
    .values({ electionId, credential: input.credential, tracker: input.tracker, seq: firstSeq, origin: input.origin })
    .run();
}
