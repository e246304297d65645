/**
 * Voter side (spec §4.11, §4.17, §4.18): runs on the voter's device. Encrypts each candidate's 0/1
 * with its individual proof, adds the overall min..max proof and signs with the credential.
 * Also the ballot's hashes: the tracker is Base64(SHA-256(ballot JSON)), the Ballot event's payload
 * is the same hash in hex.
 */
import { credentialSecret } from './credentials';
import type { ElectionContext } from './election';
import { group, mod, pointToString, randomScalar, scalarToString, type Point } from './group';
import { sha256B64, sha256Hex } from './hash';
import { encode } from './json';
import { ballotCodec, type Answer, type Ballot } from './types';
import { ballotSigPrefix, iprove, schnorrProve, type Cipher } from './zkp';

/** What a Benaloh audit needs: the plaintexts and the randomness of every ciphertext. */
export type BallotSecrets = { choices: number[][]; randomness: string[][] };

export type EncryptedBallot = {
  /** The ballot JSON to submit. */
  ballot: string;
  /** Smart ballot tracker shown to the voter. */
  tracker: string;
  /** Only for an audit; whoever holds it can read the vote, so it is shown once and dropped. */
  secrets: BallotSecrets;
};

export const ballotTracker = (raw: string) => sha256B64(raw);
export const ballotHash = (raw: string) => sha256Hex(raw);

export const cipherToJson = (c: Cipher) => ({ alpha: pointToString(c.alpha), beta: pointToString(c.beta) });

export function combine(ciphers: Cipher[]): Cipher {
  const G = group();
  return ciphers.reduce((a, c) => ({ alpha: G.add(a.alpha, c.alpha), beta: G.add(a.beta, c.beta) }), {
    alpha: G.one,
    beta: G.one,
  });
}

export const stringifyChoices = (choices: { alpha: string; beta: string }[]) =>
  choices.map((c) => `${c.alpha},${c.beta}`).join(',');

export function encryptChoice(y: Point, r: bigint, m: number): Cipher {
  const G = group();
  return { alpha: G.mulG(r), beta: m === 0 ? G.mul(y, r) : G.add(G.mul(y, r), G.mulG(BigInt(m))) };
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

function encryptAnswer(ctx: ElectionContext, zkp: string, question: number, m: number[]) {
  const q = ctx.election.questions[question]!;
  const r = m.map(() => randomScalar());
  const ciphers = m.map((x, i) => encryptChoice(ctx.y, r[i]!, x));
  const choices = ciphers.map(cipherToJson);
  const individual_proofs = ciphers.map((c, i) => iprove(zkp, ctx.y, c, r[i]!, m[i]!, [0, 1]));
  const total = m.reduce((a, b) => a + b, 0);
  const overall_proof = iprove(
    `${zkp}|${stringifyChoices(choices)}`,
    ctx.y,
    combine(ciphers),
    mod(r.reduce((a, b) => a + b, 0n)),
    total - q.min,
    range(q.min, q.max),
  );
  const answer: Answer = { choices, individual_proofs, overall_proof };
  return { answer, randomness: r.map(scalarToString) };
}

/** Turns selected candidate indexes (per question) into the 0/1 vectors a ballot encrypts. */
export function choicesFromSelection(ctx: ElectionContext, selected: number[][]): number[][] | null {
  const out: number[][] = [];
  for (const [i, q] of ctx.election.questions.entries()) {
    const picks = new Set(selected[i] ?? []);
    if (picks.size !== (selected[i] ?? []).length) return null;
    if ([...picks].some((p) => !Number.isInteger(p) || p < 0 || p >= q.answers.length)) return null;
    if (picks.size < q.min || picks.size > q.max) return null;
    out.push(q.answers.map((_, j) => (picks.has(j) ? 1 : 0)));
  }
  return selected.length === ctx.election.questions.length ? out : null;
}

/** Sign a ballot (its JSON without `signature`) with the credential's secret; returns the ballot JSON. */
export function signBallot(unsigned: Ballot, secret: bigint): string {
  const { signature: _drop, ...rest } = unsigned;
  const hash = sha256B64(encode(ballotCodec, rest));
  return encode(ballotCodec, { ...rest, signature: { hash, proof: schnorrProve(ballotSigPrefix(hash), secret) } });
}

/**
 * Encrypt a ballot. `choices[q][j]` is 1 when candidate j of question q is chosen; each question's
 * total must be within min..max. `credential` is the voter's private credential (normalised).
 */
export function encryptBallot(ctx: ElectionContext, credential: string, choices: number[][]): EncryptedBallot {
  const questions = ctx.election.questions;
  if (choices.length !== questions.length) throw new Error('one choice vector per question is needed');
  for (const [i, q] of questions.entries()) {
    const m = choices[i]!;
    const total = m.reduce((a, b) => a + b, 0);
    if (m.length !== q.answers.length || m.some((x) => x !== 0 && x !== 1) || total < q.min || total > q.max)
      throw new Error(`choices for question ${i + 1} must be 0/1 with ${q.min}..${q.max} ones`);
  }
  const s = credentialSecret(ctx.election.uuid, credential);
  const credentialPoint = pointToString(group().mulG(s));
  const zkp = `${ctx.fingerprint}|${credentialPoint}`;
  const encrypted = choices.map((m, i) => encryptAnswer(ctx, zkp, i, m));
  const unsigned: Ballot = {
    election_uuid: ctx.election.uuid,
    election_hash: ctx.fingerprint,
    credential: credentialPoint,
    answers: encrypted.map((e) => e.answer),
  };
  const ballot = signBallot(unsigned, s);
  return {
    ballot,
    tracker: ballotTracker(ballot),
    secrets: { choices: choices.map((m) => [...m]), randomness: encrypted.map((e) => e.randomness) },
  };
}
