import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { elections, selections } from '@/db/schema';
import { normalizeCredential } from '@/lib/belenios/credentials';
import type { BallotVerdict } from '@/lib/belenios/ballot-check';
import type { BallotOrigin } from '@/lib/enums';
import { checkChoice, type CastResult } from '@/lib/selection/cast';
import { groupCommit } from '@/lib/selection/cast-queue';
import { votingState } from '@/lib/selection/stages';
import { castEncryptedWithin } from './cast';
import { electionPool } from './pool';

/** A ballot made on the voter's device, or plain choices (candidate ids) with the code, for the server to encrypt. */
export type EncryptedCast =
  | { year: number; ballot: string; origin: Exclude<BallotOrigin, 'server'>; credential?: string }
  | { year: number; code: string; candidateIds: number[]; credential?: string };

/** Turns a verdict's refusal into the voter's words. */
const refusalOf = (verdict: Extract<BallotVerdict, { ok: false }>): CastResult => ({
  ok: false,
  reason: verdict.reason === 'unknownCredential' ? 'unknownCode' : 'badBallot',
});

/**
 * Casts into an encrypted selection: a quick look that the vote and the code are still open, then
 * every proof and the signature checked on the worker pool (off the event loop) — or, for a voter
 * without JavaScript or a kiosk sending plain choices, the ballot encrypted there with the code,
 * which stays in memory — and only then the one transaction that burns the code (group-committed).
 * `credential`, when given, is the public credential the code step proved: the ballot must carry it.
 */
export async function castEncrypted(database: Db, input: EncryptedCast, now: Date): Promise<CastResult> {
  const selection = database.select().from(selections).where(eq(selections.year, input.year)).get();
  if (!selection || selection.mode !== 'encrypted') return { ok: false, reason: 'noSelection' };
  const state = votingState(selection, now);
  if (state !== 'open') return { ok: false, reason: state };
  const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get();
  if (!election || election.phase !== 'frozen') return { ok: false, reason: 'closed' };
  let ballot: string;
  let verdict: BallotVerdict;
  let origin: BallotOrigin;
  const pool = await electionPool(database, election);
  if ('ballot' in input) {
    ({ ballot, origin } = input);
    verdict = await pool.check(ballot);
  } else {
    const code = normalizeCredential(input.code);
    if (!code) return { ok: false, reason: 'unknownCode' };
    const problem = checkChoice(input.candidateIds, selection.maxChoices);
    if (problem) return { ok: false, reason: problem };
    const answers = election.answerIds ?? [];
    if (!input.candidateIds.every((id) => answers.includes(id))) return { ok: false, reason: 'notCandidate' };
    ({ ballot, verdict } = await pool.encrypt(code, [answers.map((id) => (input.candidateIds.includes(id) ? 1 : 0))]));
    origin = 'server';
  }
  if (!verdict.ok) return refusalOf(verdict);
  if (input.credential && verdict.credential !== input.credential) return { ok: false, reason: 'badBallot' };
  const checked = { year: input.year, ballot, credential: verdict.credential, tracker: verdict.tracker, origin };
  return groupCommit(database, () => castEncryptedWithin(database, checked, now));
}
