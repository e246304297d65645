import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotChoices, ballotCodes, ballots, candidates, codeBatches, receipts, selections, turnout } from '@/db/schema';
import { generateTrackingCode, hashBallotCode, hashReceipt, normalizeCode } from './codes';
import { votingState } from './stages';

export type CastInput = { year: number; code: string; candidateIds: number[] };
export type CastRefusal =
  'noSelection' | 'notOpen' | 'closed' | 'unknownCode' | 'usedCode' | 'revokedCode' | 'tooFew' | 'tooMany' | 'duplicate' | 'notCandidate';
export type CastResult = { ok: true; trackingCode: string } | { ok: false; reason: CastRefusal };

/** Refusals that come from a wrong or reused code: the ones rate limited against guessing. */
export const codeRefusals: readonly CastRefusal[] = ['unknownCode', 'usedCode', 'revokedCode'];

/** Checks the choice itself (1..max distinct ids), before any database work. */
export function checkChoice(candidateIds: number[], maxChoices: number): CastRefusal | null {
  if (candidateIds.length < 1) return 'tooFew';
  if (candidateIds.length > maxChoices) return 'tooMany';
  if (new Set(candidateIds).size !== candidateIds.length) return 'duplicate';
  if (!candidateIds.every((id) => Number.isSafeInteger(id) && id > 0)) return 'notCandidate';
  return null;
}

/**
 * Casts one ballot in one BEGIN IMMEDIATE transaction: window, code, choice, then ballot, choices,
 * receipt, the burnt code and the counters. The tracking code exists only after the commit.
 */
export function castBallot(database: Db, input: CastInput, now: Date): CastResult {
  const code = normalizeCode(input.code);
  const trackingCode = generateTrackingCode();
  return database.transaction(
    (tx): CastResult => {
      const selection = tx.select().from(selections).where(eq(selections.year, input.year)).get();
      if (!selection) return { ok: false, reason: 'noSelection' };
      const state = votingState(selection, now);
      if (state !== 'open') return { ok: false, reason: state };
      if (!code) return { ok: false, reason: 'unknownCode' };
      const row = tx
        .select({ status: ballotCodes.status, batchId: ballotCodes.batchId, communityId: codeBatches.communityId })
        .from(ballotCodes)
        .innerJoin(codeBatches, eq(codeBatches.id, ballotCodes.batchId))
        .where(and(eq(ballotCodes.codeHash, hashBallotCode(selection.year, code)), eq(ballotCodes.selectionId, selection.id)))
        .get();
      if (!row) return { ok: false, reason: 'unknownCode' };
      if (row.status === 'used') return { ok: false, reason: 'usedCode' };
      if (row.status === 'revoked') return { ok: false, reason: 'revokedCode' };
      const choiceProblem = checkChoice(input.candidateIds, selection.maxChoices);
      if (choiceProblem) return { ok: false, reason: choiceProblem };
      const valid = tx
        .select({ id: candidates.id })
        .from(candidates)
        .where(and(eq(candidates.selectionId, selection.id), eq(candidates.withdrawn, false), inArray(candidates.id, input.candidateIds)))
        .all();
      if (valid.length !== input.candidateIds.length) return { ok: false, reason: 'notCandidate' };

      // Burn the code first; the status guard makes a second use impossible even in theory.
      const burnt = tx
        .update(ballotCodes)
        .set({ status: 'used' })
        .where(and(eq(ballotCodes.codeHash, hashBallotCode(selection.year, code)), eq(ballotCodes.status, 'unused')))
        .run();
      if (burnt.changes !== 1) return { ok: false, reason: 'usedCode' };
      const ballotId = randomBytes(16).toString('hex');
      tx.insert(ballots).values({ id: ballotId, selectionId: selection.id }).run();
      tx.insert(ballotChoices)
        .values(input.candidateIds.map((candidateId) => ({ ballotId, candidateId })))
        .run();
      tx.insert(receipts)
        .values({ selectionId: selection.id, receiptHash: hashReceipt(selection.year, trackingCode) })
        .run();
      tx.update(candidates)
        .set({ votes: sql`${candidates.votes} + 1` })
        .where(inArray(candidates.id, input.candidateIds))
        .run();
      tx.update(selections)
        .set({ ballotsCast: sql`${selections.ballotsCast} + 1` })
        .where(eq(selections.id, selection.id))
        .run();
      tx.insert(turnout)
        .values({ selectionId: selection.id, communityId: row.communityId, ballots: 1 })
        .onConflictDoUpdate({ target: [turnout.selectionId, turnout.communityId], set: { ballots: sql`${turnout.ballots} + 1` } })
        .run();
      return { ok: true, trackingCode };
    },
    { behavior: 'immediate' },
  );
}
