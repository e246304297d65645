/**
 * The threshold ("Pedersen") key ceremony, k of n (spec §3.1.1, §4.5.2–4.5.6; MakePedersen in
 * src/lib/v1/trustees.ml). Split by party:
 *
 *   guardian (browser or CLI, keeps the seed in a key file)   server (relays and checks, holds no secret)
 *   1. generateGuardianCert()        → cert                    checkCert(cert); collect certs Γ
 *   3. makePolynomial(seed, Γ, k)    → polynomial              checkPolynomial(Γ, i, P_i)
 *                                                              computeVinputs(Γ, P) → vinput_j for each j
 *   5. makeVoutput(seed, Γ, vinput_j) → voutput                checkVoutput(Γ, P, j, vo_j)
 *                                                              assembleThresholdParameters(Γ, P, vo)
 *   tally: guardianDecryptionKey(seed, vo_j.private_key) → the guardian's share, for partial decryption
 *
 * Every secret the server relays (polynomial, shares, the final key share) is signed and encrypted
 * to a guardian's encryption key; fewer than k shares reveal nothing about the election key.
 */
import { group, mod, parsePoint, parseScalar, pointToString, randomScalar, scalarToString, type Point } from './group';
import { decode, encode, FormatError } from './json';
import { certKeys, checkCert, deriveDecryptionKey, deriveSigningKey, generateSeed, makeCert, receiveMessage, sendMessage, signMessage, verifySigned } from './pki';
import { checkTrusteePublicKey, provePublicKey } from './trustee-single';
import {
  partialDecryptionKeyCodec,
  rawCoefexpsCodec,
  rawPolynomialCodec,
  secretCodec,
  type Polynomial,
  type SignedMsg,
  type ThresholdParameters,
  type Vinput,
  type Voutput,
} from './types';

const fail = (what: string): never => {
  throw new FormatError('pedersen', what);
};

/** Step 1 (guardian): a fresh seed for the key file, and the certificate to upload. */
export function generateGuardianCert() {
  const seed = generateSeed();
  return { seed, cert: makeCert(seed) };
}

function allCertKeys(certs: SignedMsg[]) {
  return certs.map((c, i) => {
    if (!checkCert(c)) fail(`certificate ${i + 1} does not validate`);
    return certKeys(c)!;
  });
}

function myIndex(seed: string, certs: SignedMsg[]): number {
  const G = group();
  const vk = G.mulG(deriveSigningKey(seed));
  const ek = G.mulG(deriveDecryptionKey(seed));
  const i = allCertKeys(certs).findIndex((k) => G.eq(k.verification, vk) && G.eq(k.encryption, ek));
  return i >= 0 ? i : fail('could not find my certificate');
}

/** The coefficient commitments A_i0..A_it in a polynomial's signed coefexps, or null. */
export function coefexpsOf(msg: SignedMsg): Point[] | null {
  try {
    const points = decode(rawCoefexpsCodec, msg.message, 'coefexps', false).coefexps.map(parsePoint);
    return points.every((p) => p !== null) ? (points as Point[]) : null;
  } catch {
    return null;
  }
}

/** Step 3 (guardian): a random polynomial of degree k-1, its shares for every guardian, its commitments. */
export function makePolynomial(seed: string, certs: SignedMsg[], threshold: number): Polynomial {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > certs.length) fail('threshold must be 1..n');
  const keys = allCertKeys(certs);
  myIndex(seed, certs);
  const G = group();
  const sk = deriveSigningKey(seed);
  const ek = G.mulG(deriveDecryptionKey(seed));
  const coefficients = Array.from({ length: threshold }, randomScalar);
  const evaluate = (x: bigint) => coefficients.reduceRight((acc, a) => mod(acc * x + a), 0n);
  return {
    polynomial: sendMessage(sk, ek, encode(rawPolynomialCodec, { polynomial: coefficients.map(scalarToString) })),
    secrets: keys.map((k, j) =>
      sendMessage(sk, k.encryption, encode(secretCodec, { secret: scalarToString(evaluate(BigInt(j + 1))) })),
    ),
    coefexps: signMessage(sk, encode(rawCoefexpsCodec, { coefexps: coefficients.map((a) => pointToString(G.mulG(a))) })),
  };
}

/** Server: check guardian i's polynomial (signature of its commitments, shape). */
export function checkPolynomial(certs: SignedMsg[], i: number, p: Polynomial, threshold?: number): boolean {
  const keys = certKeys(certs[i]!);
  const coefexps = coefexpsOf(p.coefexps);
  return (
    keys !== null &&
    coefexps !== null &&
    coefexps.length > 0 &&
    (threshold === undefined || coefexps.length === threshold) &&
    p.secrets.length === certs.length &&
    verifySigned(keys.verification, p.coefexps)
  );
}

/** Step 4 (server): route each guardian's encrypted shares to it; the commitments go to everyone. */
export function computeVinputs(certs: SignedMsg[], polynomials: Polynomial[]): Vinput[] {
  allCertKeys(certs);
  if (polynomials.length !== certs.length) fail('one polynomial per guardian is needed');
  const threshold = coefexpsOf(polynomials[0]!.coefexps)?.length;
  polynomials.forEach((p, i) => checkPolynomial(certs, i, p, threshold) || fail(`coefexps ${i + 1} does not validate`));
  return certs.map((_, j) => ({
    polynomial: polynomials[j]!.polynomial,
    secrets: polynomials.map((p) => p.secrets[j]!),
    coefexps: polynomials.map((p) => p.coefexps),
  }));
}

/** g^{f_i(j)} from the commitments: ∏_k A_ik^{j^k}. */
function committedShare(coefexps: Point[], j: number): Point {
  const G = group();
  let acc = G.one;
  let power = 1n;
  for (const a of coefexps) {
    acc = G.add(acc, G.mul(a, power));
    power = mod(power * BigInt(j));
  }
  return acc;
}

/** Verification key of guardian j (1-based): ∏_i g^{f_i(j)}. */
export const verificationKey = (coefexps: Point[][], j: number): Point =>
  coefexps.reduce((acc, c) => group().add(acc, committedShare(c, j)), group().one);

/** Step 5 (guardian): check every share against its commitments, then publish g^{S_j} with a proof. */
export function makeVoutput(seed: string, certs: SignedMsg[], vinput: Vinput): Voutput {
  const keys = allCertKeys(certs);
  const j = myIndex(seed, certs) + 1;
  const sk = deriveSigningKey(seed);
  const dk = deriveDecryptionKey(seed);
  const G = group();
  const own = decode(rawPolynomialCodec, receiveMessage(dk, G.mulG(sk), vinput.polynomial), 'polynomial', false);
  const threshold = own.polynomial.length;
  if (vinput.secrets.length !== certs.length || vinput.coefexps.length !== certs.length) fail('vinput has the wrong size');
  let total = 0n;
  for (let i = 0; i < certs.length; i++) {
    if (!verifySigned(keys[i]!.verification, vinput.coefexps[i]!)) fail(`coefexps ${i + 1} does not validate`);
    const coefexps = coefexpsOf(vinput.coefexps[i]!);
    if (!coefexps || coefexps.length !== threshold) fail(`coefexps ${i + 1} has the wrong size`);
    const secret = decode(secretCodec, receiveMessage(dk, keys[i]!.verification, vinput.secrets[i]!), 'secret', false);
    const s = parseScalar(secret.secret)!;
    if (!G.eq(G.mulG(s), committedShare(coefexps!, j))) fail(`secret ${i + 1} does not validate`);
    total = mod(total + s);
  }
  const pdk = encode(partialDecryptionKeyCodec, { decryption_key: scalarToString(total) });
  return { private_key: sendMessage(sk, G.mulG(dk), pdk), public_key: provePublicKey(total) };
}

function commitments(certs: SignedMsg[], coefexps: SignedMsg[]): Point[][] {
  const keys = allCertKeys(certs);
  if (coefexps.length !== certs.length) fail('one coefexps per guardian is needed');
  return coefexps.map((c, i) => {
    const points = coefexpsOf(c);
    if (!points || !verifySigned(keys[i]!.verification, c)) fail(`coefexps ${i + 1} does not validate`);
    return points!;
  });
}

/** Server: guardian j's (0-based) voutput has a valid proof and the key its commitments predict. */
export function checkVoutput(certs: SignedMsg[], polynomials: Polynomial[], j: number, vo: Voutput): boolean {
  const expected = verificationKey(commitments(certs, polynomials.map((p) => p.coefexps)), j + 1);
  const actual = parsePoint(vo.public_key.public_key);
  return actual !== null && group().eq(actual, expected) && checkTrusteePublicKey(vo.public_key);
}

/** Step 6 (server): the public threshold_parameters for the trustees structure. */
export function assembleThresholdParameters(certs: SignedMsg[], polynomials: Polynomial[], voutputs: Voutput[]): ThresholdParameters {
  if (voutputs.length !== certs.length) fail('one voutput per guardian is needed');
  voutputs.forEach((vo, j) => checkVoutput(certs, polynomials, j, vo) || fail(`verification key ${j + 1} is incorrect`));
  const coefexps = polynomials.map((p) => p.coefexps);
  return {
    threshold: coefexpsOf(coefexps[0]!)!.length,
    certs,
    coefexps,
    verification_keys: voutputs.map((v) => v.public_key),
  };
}

/** Verifier/anyone: the whole threshold_parameters structure is consistent (check_pedersen). */
export function checkThresholdParameters(t: ThresholdParameters): string | null {
  try {
    const c = commitments(t.certs, t.coefexps);
    if (t.verification_keys.length !== t.certs.length) return 'one verification key per guardian is needed';
    if (c.some((x) => x.length !== t.threshold) || t.threshold < 1) return 'threshold does not match the polynomials';
    for (const [j, vk] of t.verification_keys.entries()) {
      if (!checkTrusteePublicKey(vk)) return `guardian ${j + 1}: proof of knowledge fails`;
      if (!group().eq(parsePoint(vk.public_key)!, verificationKey(c, j + 1)))
        return `guardian ${j + 1}: verification key does not match the commitments`;
    }
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** This Pedersen group's part of the election key: ∏_i A_i0. */
export const pedersenPublicKey = (t: ThresholdParameters): Point =>
  t.coefexps.reduce((acc, c) => group().add(acc, coefexpsOf(c)?.[0] ?? fail('bad coefexps')), group().one);

/** At tally (guardian): recover the key share S_j from voutput.private_key with the seed. */
export function guardianDecryptionKey(seed: string, voutputPrivateKey: string): bigint {
  const G = group();
  const message = receiveMessage(deriveDecryptionKey(seed), G.mulG(deriveSigningKey(seed)), voutputPrivateKey);
  return parseScalar(decode(partialDecryptionKeyCodec, message, 'decryption_key', false).decryption_key) ?? fail('bad key');
}
