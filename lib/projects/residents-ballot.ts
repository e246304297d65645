/**
 * The residents' ballot of a call (residents' mode), cast into the call's Belenios election with the
 * machinery of the Ten Best vote: one code (a private credential the server never keeps), one ballot,
 * encrypted on the voter's device — or, without JavaScript, sealed here with the code held only in
 * memory — and counted only by the guardians' decryption of the homomorphic tally.
 *
 * The ballot's proofs show 1..K choices, not their cost: the budget is checked on the device before
 * sealing and here before the server seals. A crafted device ballot over budget still counts as up to
 * K choices; the adopted list is taken from the counts within the budget, so it never exceeds it.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { callCredentials, projectCalls, projectProposals } from '@/db/schema';
import { normalizeCredential } from '@/lib/belenios/credentials';
import type { BallotVerdict } from '@/lib/belenios/ballot-check';
import { boxBallot } from '@/lib/election/cast';
import { electionPool } from '@/lib/election/pool';
import { electionOfCall } from '@/lib/election/store';
import { groupCommit } from '@/lib/selection/cast-queue';
import { ballotProblem, type BallotProblem } from './adoption';

export type ResidentsCastInput = { ballot: string } | { code: string; choice: number[] };
export type CastRefusal = 'notOpen' | 'unknownCode' | 'usedCode' | 'revokedCode' | 'badBallot' | BallotProblem;
export type ResidentsCast = { ok: true; tracker: string } | { ok: false; reason: CastRefusal };

const openElection = (database: Db, callId: number) => {
  const call = database.select().from(projectCalls).where(eq(projectCalls.id, callId)).get();
  const election = call && electionOfCall(database, callId);
  if (!call || call.mode !== 'residents' || call.stage !== 'voting' || !election || election.phase !== 'frozen') return null;
  return { call, election };
};

/**
 * Checks (on the worker pool, off the event loop) or seals the ballot, then burns the code and boxes
 * the ballot in one group-committed transaction. Refusals store nothing.
 */
export async function castResidentsBallot(database: Db, callId: number, input: ResidentsCastInput): Promise<ResidentsCast> {
  const open = openElection(database, callId);
  if (!open) return { ok: false, reason: 'notOpen' };
  const { call, election } = open;
  const pool = await electionPool(database, election);
  let ballot: string;
  let verdict: BallotVerdict;
  if ('ballot' in input) {
    ballot = input.ballot;
    verdict = await pool.check(ballot);
  } else {
    const code = normalizeCredential(input.code);
    if (!code) return { ok: false, reason: 'unknownCode' };
    const rule = call.rule ?? { budget: call.budget, maxChoices: call.maxChoices };
    const onBallot = proposalsOf(database, callId).map((p) => ({ id: p.id, cost: p.estimatedCost ?? 0 }));
    const problem = ballotProblem(input.choice, onBallot, rule);
    if (problem) return { ok: false, reason: problem };
    const answers = election.answerIds ?? [];
    if (!input.choice.every((id) => answers.includes(id))) return { ok: false, reason: 'notOnBallot' };
    ({ ballot, verdict } = await pool.encrypt(code, [answers.map((id) => (input.choice.includes(id) ? 1 : 0))]));
  }
  if (!verdict.ok) return { ok: false, reason: verdict.reason === 'unknownCredential' ? 'unknownCode' : 'badBallot' };
  const checked = {
    ballot,
    credential: verdict.credential,
    tracker: verdict.tracker,
    origin: 'ballot' in input ? 'device' : 'server',
  } as const;
  return groupCommit(database, () => castWithin(database, callId, checked));
}

/** Inside the write transaction: still open, the code unused, burnt only if it still was. */
function castWithin(database: Db, callId: number, checked: Parameters<typeof boxBallot>[2]): ResidentsCast {
  const open = openElection(database, callId);
  if (!open) return { ok: false, reason: 'notOpen' };
  const key = and(eq(callCredentials.credential, checked.credential), eq(callCredentials.callId, callId));
  const code = database.select({ status: callCredentials.status }).from(callCredentials).where(key).get();
  if (!code) return { ok: false, reason: 'unknownCode' };
  if (code.status !== 'unused') return { ok: false, reason: code.status === 'used' ? 'usedCode' : 'revokedCode' };
  const burnt = database
    .update(callCredentials)
    .set({ status: 'used' })
    .where(and(key, eq(callCredentials.status, 'unused')))
    .run().changes;
  if (burnt !== 1) return { ok: false, reason: 'usedCode' };
  boxBallot(database, open.election.id, checked);
  return { ok: true, tracker: checked.tracker };
}

const proposalsOf = (database: Db, callId: number) =>
  database
    .select({ id: projectProposals.id, estimatedCost: projectProposals.estimatedCost })
    .from(projectProposals)
    .where(and(eq(projectProposals.callId, callId), eq(projectProposals.status, 'feasible')))
    .all();
