/**
 * Zero-knowledge proofs of Belenios 2.5: Schnorr-style proofs (pok, sigmsg, sig, decrypt) and the
 * disjunctive interval proofs of spec §4.11 ("iprove"), written from the spec and checked against
 * src/lib/v1/question_h.ml and trustees.ml at tag 2.5 for the exact hash prefixes.
 */
import { gPow, group, mod, parseScalar, pointToString, randomScalar, scalarToString, type Point } from './group';
import { hashToScalar } from './hash';
import type { Proof } from './types';

export type ParsedProof = { challenge: bigint; response: bigint };

export function parseProof(p: Proof): ParsedProof | null {
  const challenge = parseScalar(p.challenge);
  const response = parseScalar(p.response);
  return challenge === null || response === null ? null : { challenge, response };
}

export const writeProof = (challenge: bigint, response: bigint): Proof => ({
  challenge: scalarToString(challenge),
  response: scalarToString(response),
});

/** Proof of knowledge of x with X = g^x, challenge = H(prefix, [g^w]). */
export function schnorrProve(prefix: string, x: bigint): Proof {
  const w = randomScalar();
  const challenge = hashToScalar(prefix, [group().mulG(w)]);
  return writeProof(challenge, mod(w - x * challenge));
}

/** Check: challenge = H(prefix, [g^response · X^challenge]). */
export function schnorrVerify(prefix: string, X: Point, proof: Proof): boolean {
  const p = parseProof(proof);
  if (!p) return false;
  const G = group();
  return hashToScalar(prefix, [G.mul2(G.g, p.response, X, p.challenge)]) === p.challenge;
}

export const pokPrefix = (X: Point) => `pok|Ed25519|${pointToString(X)}|`;
export const sigmsgPrefix = (message: string) => `sigmsg|${message}|`;
export const ballotSigPrefix = (hash: string) => `sig|${hash}|`;

export type Cipher = { alpha: Point; beta: Point };

/** β / g^M for each M of the disjunction. */
const shifted = (beta: Point, ms: number[]) => ms.map((m) => (m === 0 ? beta : group().sub(beta, gPow(m))));

const iprovePrefix = (S: string, c: Cipher) => `prove|${S}|${pointToString(c.alpha)},${pointToString(c.beta)}|`;

/**
 * iprove(S, r, i, M_0..M_k): proves (α, β) = (g^r, y^r g^{M_i}) without saying which i.
 * Fake branches use A_j = g^{s_j + r c_j}, which equals g^{s_j} α^{c_j} and costs one base product.
 */
export function iprove(S: string, y: Point, c: Cipher, r: bigint, index: number, ms: number[]): Proof[] {
  const G = group();
  const betas = shifted(c.beta, ms);
  const proofs: ParsedProof[] = [];
  const commitments: Point[] = [];
  let others = 0n;
  for (let j = 0; j < ms.length; j++) {
    if (j === index) {
      proofs.push({ challenge: 0n, response: 0n });
      commitments.push(G.one, G.one);
      continue;
    }
    const challenge = randomScalar();
    const response = randomScalar();
    proofs.push({ challenge, response });
    commitments.push(G.mulG(mod(response + r * challenge)), G.mul2(y, response, betas[j]!, challenge));
    others += challenge;
  }
  const w = randomScalar();
  commitments[2 * index] = G.mulG(w);
  commitments[2 * index + 1] = G.mul(y, w);
  const challenge = mod(hashToScalar(iprovePrefix(S, c), commitments) - others);
  proofs[index] = { challenge, response: mod(w - r * challenge) };
  return proofs.map((p) => writeProof(p.challenge, p.response));
}

/**
 * What a caller may have computed already: α^{c_0} and (β/g^{M_0})^{c_0} while checking α and β,
 * and y^{s_j} for every branch j in one batch with the other proofs of the ballot.
 */
export type Known = { first?: { alpha: Point; beta: Point }; yPowers?: Point[] };

/** Verify an iproof: A_j = g^{s_j} α^{c_j}, B_j = y^{s_j} (β/g^{M_j})^{c_j}, H(...) = Σ c_j. */
export function iverify(S: string, y: Point, c: Cipher, proofs: Proof[], ms: number[], known: Known = {}): boolean {
  if (proofs.length !== ms.length) return false;
  const G = group();
  const commitments: Point[] = [];
  let sum = 0n;
  for (let j = 0; j < ms.length; j++) {
    const p = parseProof(proofs[j]!);
    if (!p) return false;
    const yPower = known.yPowers?.[j] ?? G.mul(y, p.response);
    if (j === 0 && known.first) commitments.push(G.add(G.mulG(p.response), known.first.alpha), G.add(yPower, known.first.beta));
    else {
      const beta = ms[j] === 0 ? c.beta : G.sub(c.beta, gPow(ms[j]!));
      commitments.push(G.mul2(G.g, p.response, c.alpha, p.challenge), G.add(yPower, G.mul(beta, p.challenge)));
    }
    sum += p.challenge;
  }
  return hashToScalar(iprovePrefix(S, c), commitments) === mod(sum);
}

/** Decryption factor α^x with its proof (spec §4.14): A = g^w, B = α^w, c = H("decrypt|φ|X|", A, B). */
export function proveDecryptionFactor(fingerprint: string, x: bigint, X: Point, alpha: Point) {
  const G = group();
  const w = randomScalar();
  const challenge = hashToScalar(`decrypt|${fingerprint}|${pointToString(X)}|`, [G.mulG(w), G.mul(alpha, w)]);
  return { factor: G.mul(alpha, x), proof: writeProof(challenge, mod(w - x * challenge)) };
}

export function verifyDecryptionFactor(fingerprint: string, X: Point, alpha: Point, factor: Point, proof: Proof) {
  const p = parseProof(proof);
  if (!p) return false;
  const G = group();
  const A = G.mul2(G.g, p.response, X, p.challenge);
  const B = G.mul2(alpha, p.response, factor, p.challenge);
  return hashToScalar(`decrypt|${fingerprint}|${pointToString(X)}|`, [A, B]) === p.challenge;
}
