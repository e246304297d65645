/**
 * Server side of casting (spec §3.2 step 4, check_rawballot/check_ballot in src/lib/v1/election.ml):
 * a ballot is accepted only if it is canonical JSON for this election, its credential is in the
 * public list, its signature and every proof hold. Also the Benaloh audit of a spoiled ballot.
 */
import { ballotHash, ballotTracker, combine, encryptChoice, stringifyChoices } from './ballot';
import type { ElectionContext } from './election';
import { group, parsePoint, parseScalar, pointBytes, type Point } from './group';
import { sha256B64 } from './hash';
import { decode, encode, FormatError } from './json';
import { ballotCodec, type Answer, type Ballot } from './types';
import { ballotSigPrefix, iverify, schnorrVerify, type Cipher, type Known } from './zkp';
import type { BallotSecrets } from './ballot';

export type BallotRejection =
  | 'badJson'
  | 'badFormat'
  | 'notCanonical'
  | 'wrongElection'
  | 'unknownCredential'
  | 'badSignature'
  | 'badPoint'
  | 'badIndividualProof'
  | 'badOverallProof';

export type BallotRejected = { ok: false; reason: BallotRejection; detail: string; question?: number; choice?: number };
/** What a worker sends back: the verdict without the parsed ballot. */
export type BallotVerdict = { ok: true; tracker: string; hash: string; credential: string; weight: number } | BallotRejected;
export type BallotCheck = ({ ok: true; ballot: Ballot } & Extract<BallotVerdict, { ok: true }>) | BallotRejected;

/** Looks a public credential up: its weight, or undefined when it is not on the list. */
export type CredentialLookup = (credential: string) => number | undefined;

const reject = (reason: BallotRejection, detail: string, question?: number, choice?: number): BallotCheck => ({
  ok: false,
  reason,
  detail,
  question,
  choice,
});

function parseBallot(raw: string): Ballot | BallotCheck {
  try {
    return decode(ballotCodec, raw, 'ballot');
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (detail.endsWith('not JSON')) return reject('badJson', detail);
    if (detail.endsWith('not in canonical form')) return reject('notCanonical', detail);
    return reject('badFormat', detail);
  }
}

function checkAnswer(ctx: ElectionContext, zkp: string, qi: number, a: Answer): BallotCheck | null {
  const q = ctx.election.questions[qi]!;
  if (a.blank_proof) return reject('badFormat', 'blank proof on a question without blank', qi);
  if (a.choices.length !== q.answers.length || a.individual_proofs.length !== a.choices.length)
    return reject('badFormat', `question ${qi + 1}: ${q.answers.length} choices expected`, qi);
  const G = group();
  const ciphers: Cipher[] = [];
  const firsts: Known['first'][] = [];
  for (const [j, c] of a.choices.entries()) {
    // Every point is checked before any proof. The check comes with α^{c_0} and β^{c_0}, which the
    // 0/1 proof's first branch needs anyway (libsodium checks a point as it multiplies it).
    const c0 = parseScalar(a.individual_proofs[j]![0]?.challenge) ?? 0n;
    const alphaBytes = pointBytes(c.alpha);
    const betaBytes = pointBytes(c.beta);
    const alpha = alphaBytes && G.checkedMul(alphaBytes, c0);
    const beta = alpha && betaBytes && G.checkedMul(betaBytes, c0);
    if (!alpha || !beta) return reject('badPoint', `question ${qi + 1}, choice ${j + 1}: not a group element`, qi, j);
    ciphers.push({ alpha: alpha.point, beta: beta.point });
    firsts.push({ alpha: alpha.power, beta: beta.power });
  }
  const ms = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
  // y^{s_j} of every branch of every proof of the answer in one batch, when each proof has the
  // length it must have (otherwise iverify refuses it before any multiplication).
  const proofs = [...a.individual_proofs, a.overall_proof];
  const yPowers: (Point[] | undefined)[] = [];
  if (a.individual_proofs.every((ps) => ps.length === 2) && a.overall_proof.length === ms.length) {
    const flat = G.powers(ctx.y, proofs.flatMap((ps) => ps.map((p) => parseScalar(p.response) ?? 0n)));
    let at = 0;
    for (const ps of proofs) yPowers.push(flat.slice(at, (at += ps.length)));
  }
  for (const [j, c] of ciphers.entries())
    if (!iverify(zkp, ctx.y, c, a.individual_proofs[j]!, [0, 1], { first: firsts[j], yPowers: yPowers[j] }))
      return reject('badIndividualProof', `question ${qi + 1}, choice ${j + 1}: 0/1 proof fails`, qi, j);
  if (!iverify(`${zkp}|${stringifyChoices(a.choices)}`, ctx.y, combine(ciphers), a.overall_proof, ms, { yPowers: yPowers[ciphers.length] }))
    return reject('badOverallProof', `question ${qi + 1}: ${q.min}..${q.max} proof fails`, qi);
  return null;
}

/** Every check of a ballot except the credential list: shape, signature, proofs. */
export function checkBallotProofs(ctx: ElectionContext, ballot: Ballot): BallotCheck | null {
  if (ballot.election_uuid !== ctx.election.uuid || ballot.election_hash !== ctx.fingerprint)
    return reject('wrongElection', 'ballot is for another election');
  const credential: Point | null = parsePoint(ballot.credential);
  if (!credential) return reject('badPoint', 'credential is not a group element');
  const { signature, ...unsigned } = ballot;
  if (!signature) return reject('badSignature', 'no signature');
  if (signature.hash !== sha256B64(encode(ballotCodec, unsigned)))
    return reject('badSignature', 'signature hash does not match the ballot');
  if (!schnorrVerify(ballotSigPrefix(signature.hash), credential, signature.proof))
    return reject('badSignature', 'signature does not verify with the credential');
  if (ballot.answers.length !== ctx.election.questions.length)
    return reject('badFormat', `${ctx.election.questions.length} answers expected`);
  const zkp = `${ctx.fingerprint}|${ballot.credential}`;
  for (const [qi, a] of ballot.answers.entries()) {
    const failure = checkAnswer(ctx, zkp, qi, a);
    if (failure) return failure;
  }
  return null;
}

/** checkBallot(election, publicCredentials, ballotJson): ok with tracker and weight, or a named reason. */
export function checkBallot(ctx: ElectionContext, credentials: CredentialLookup, raw: string): BallotCheck {
  const parsed = parseBallot(raw);
  if ('ok' in parsed) return parsed;
  if (parsed.election_uuid !== ctx.election.uuid || parsed.election_hash !== ctx.fingerprint)
    return reject('wrongElection', 'ballot is for another election');
  const weight = credentials(parsed.credential);
  if (weight === undefined) return reject('unknownCredential', 'credential is not in the public list');
  const failure = checkBallotProofs(ctx, parsed);
  if (failure) return failure;
  return { ok: true, tracker: ballotTracker(raw), hash: ballotHash(raw), credential: parsed.credential, weight, ballot: parsed };
}

export type AuditResult =
  | { ok: true; choices: number[][] }
  | { ok: false; reason: 'badBallot' | 'badSecrets' | 'mismatch'; detail: string; question?: number; choice?: number };

/**
 * Benaloh audit: given a ballot and the randomness that made it, re-derive every ciphertext and
 * check that the ballot encrypts exactly `secrets.choices` (and that its proofs hold). The audited
 * ballot must then be discarded: its randomness reveals the vote.
 */
export function auditBallot(ctx: ElectionContext, raw: string, secrets: BallotSecrets): AuditResult {
  const parsed = parseBallot(raw);
  if ('ok' in parsed) return { ok: false, reason: 'badBallot', detail: parsed.ok ? '' : parsed.reason };
  const failure = checkBallotProofs(ctx, parsed);
  if (failure && !failure.ok) return { ok: false, reason: 'badBallot', detail: failure.detail };
  const G = group();
  for (const [qi, a] of parsed.answers.entries()) {
    for (const [j, c] of a.choices.entries()) {
      const m = secrets.choices[qi]?.[j];
      const r = parseScalar(secrets.randomness[qi]?.[j]);
      if ((m !== 0 && m !== 1) || r === null)
        return { ok: false, reason: 'badSecrets', detail: 'randomness or choice missing', question: qi, choice: j };
      const expected = encryptChoice(ctx.y, r, m);
      if (!G.eq(expected.alpha, parsePoint(c.alpha)!) || !G.eq(expected.beta, parsePoint(c.beta)!))
        return { ok: false, reason: 'mismatch', detail: 'ciphertext does not encrypt the stated choice', question: qi, choice: j };
    }
  }
  return { ok: true, choices: secrets.choices.map((m) => [...m]) };
}

export { FormatError };
