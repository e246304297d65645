import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotChoices, ballotCodes, ballots, candidates, codeBatches, receipts, selections, turnout } from '@/db/schema';
import { generateTrackingCode, hashBallotCode, hashReceipt, normalizeCode } from './codes';
import { votingState } from './stages';

export type CastInput = { year: number; code: string; candidateIds: number[] };
export type CastRefusal =
  | 'noSelection'
  | 'notOpen'
  | 'closed'
  | 'unknownCode'
  | 'usedCode'
  | 'revokedCode'
  | 'tooFew'
  | 'tooMany'
  | 'duplicate'
  | 'notCandidate'
  // An encrypted ballot whose proofs or signature do not hold.
  | 'badBallot';
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

const p = sql.placeholder;

// Casting is the hottest write: its statements are prepared once per database connection.
function prepare(database: Db) {
  return {
    selection: database
      .select()
      .from(selections)
      .where(eq(selections.year, p('year')))
      .prepare(),
    code: database
      .select({ status: ballotCodes.status, communityId: codeBatches.communityId })
      .from(ballotCodes)
      .innerJoin(codeBatches, eq(codeBatches.id, ballotCodes.batchId))
      .where(and(eq(ballotCodes.codeHash, p('hash')), eq(ballotCodes.selectionId, p('selectionId'))))
      .prepare(),
    candidate: database
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.id, p('id')), eq(candidates.selectionId, p('selectionId')), eq(candidates.withdrawn, false)))
      .prepare(),
    // The status guard makes a second use impossible even if two casts raced past the read.
    burn: database
      .update(ballotCodes)
      .set({ status: 'used' })
      .where(and(eq(ballotCodes.codeHash, p('hash')), eq(ballotCodes.status, 'unused')))
      .prepare(),
    ballot: database
      .insert(ballots)
      .values({ id: p('id'), selectionId: p('selectionId') })
      .prepare(),
    choice: database
      .insert(ballotChoices)
      .values({ ballotId: p('ballotId'), candidateId: p('candidateId') })
      .prepare(),
    receipt: database
      .insert(receipts)
      .values({ selectionId: p('selectionId'), receiptHash: p('hash') })
      .prepare(),
    vote: database
      .update(candidates)
      .set({ votes: sql`${candidates.votes} + 1` })
      .where(eq(candidates.id, p('id')))
      .prepare(),
    cast: database
      .update(selections)
      .set({ ballotsCast: sql`${selections.ballotsCast} + 1` })
      .where(eq(selections.id, p('id')))
      .prepare(),
    turnout: database
      .insert(turnout)
      .values({ selectionId: p('selectionId'), communityId: p('communityId'), ballots: 1 })
      .onConflictDoUpdate({ target: [turnout.selectionId, turnout.communityId], set: { ballots: sql`${turnout.ballots} + 1` } })
      .prepare(),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();
function statements(database: Db) {
  let s = prepared.get(database);
  if (!s) prepared.set(database, (s = prepare(database)));
  return s;
}

/** Whether a selection takes plain or encrypted ballots: asked on every cast, so prepared like the cast itself. */
export function selectionMode(database: Db, year: number): 'plain' | 'encrypted' | undefined {
  return Number.isSafeInteger(year) ? statements(database).selection.get({ year })?.mode : undefined;
}

/**
 * One ballot, to be run inside a write transaction: window, code, choice, then ballot, choices,
 * receipt, the burnt code and the counters. Refusals return before anything is written.
 */
export function castWithin(database: Db, input: CastInput, now: Date): CastResult {
  const q = statements(database);
  const selection = q.selection.get({ year: input.year });
  // An encrypted selection never takes a plain choice (lib/election/cast.ts casts its ballots).
  if (!selection || selection.mode !== 'plain') return { ok: false, reason: 'noSelection' };
  const state = votingState(selection, now);
  if (state !== 'open') return { ok: false, reason: state };
  const code = normalizeCode(input.code);
  if (!code) return { ok: false, reason: 'unknownCode' };
  const hash = hashBallotCode(selection.year, code);
  const row = q.code.get({ hash, selectionId: selection.id });
  if (!row) return { ok: false, reason: 'unknownCode' };
  if (row.status === 'used') return { ok: false, reason: 'usedCode' };
  if (row.status === 'revoked') return { ok: false, reason: 'revokedCode' };
  const choiceProblem = checkChoice(input.candidateIds, selection.maxChoices);
  if (choiceProblem) return { ok: false, reason: choiceProblem };
  if (!input.candidateIds.every((id) => q.candidate.get({ id, selectionId: selection.id }))) return { ok: false, reason: 'notCandidate' };

  if (q.burn.run({ hash }).changes !== 1) return { ok: false, reason: 'usedCode' };
  const ballotId = randomBytes(16).toString('hex');
  const trackingCode = generateTrackingCode();
  q.ballot.run({ id: ballotId, selectionId: selection.id });
  for (const candidateId of input.candidateIds) {
    q.choice.run({ ballotId, candidateId });
    q.vote.run({ id: candidateId });
  }
  q.receipt.run({ selectionId: selection.id, hash: hashReceipt(selection.year, trackingCode) });
  q.cast.run({ id: selection.id });
  q.turnout.run({ selectionId: selection.id, communityId: row.communityId });
  return { ok: true, trackingCode };
}

/** Casts one ballot in its own BEGIN IMMEDIATE transaction; the tracking code exists only after the commit. */
export function castBallot(database: Db, input: CastInput, now: Date): CastResult {
  return database.transaction(() => castWithin(database, input, now), { behavior: 'immediate' });
}
