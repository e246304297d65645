/**
 * Tally (spec §3.4, §4.12, §4.14, §4.15): the homomorphic sum of the last ballot of each credential,
 * partial decryptions by the guardians, and their combination into the result.
 *
 *   server:   createTally(ctx) → add(...) per accepted ballot → finish() → encrypted_tally + sizes
 *   guardian: partialDecrypt(ctx, encryptedTally, keyShare) → partial_decryption (with proofs)
 *   server:   checkPartialDecryption(...) for each upload; combineResult(...) once k of n are in
 */
import { cipherToJson } from './ballot';
import type { ElectionContext } from './election';
import { group, invert, mod, parsePoint, parseTrustedPoint, pointToString, type Point } from './group';
import { sha256Hex } from './hash';
import { encode } from './json';
import { trusteeSlots } from './trustees';
import { encryptedTallyCodec, type Ballot, type Ciphertext, type EncryptedTally, type PartialDecryption, type TrusteeKind } from './types';
import { proveDecryptionFactor, verifyDecryptionFactor, type Cipher } from './zkp';

export type TallyOutput = {
  encryptedTally: EncryptedTally;
  /** The encrypted_tally data file (its SHA-256 is sized_encrypted_tally.encrypted_tally). */
  encryptedTallyRaw: string;
  numTallied: number;
  totalWeight: number;
};

const parseCipher = (c: { alpha: string; beta: string }): Cipher => {
  const alpha = parsePoint(c.alpha);
  const beta = parsePoint(c.beta);
  if (!alpha || !beta) throw new Error('ciphertext is not made of group elements');
  return { alpha, beta };
};

/**
 * Accumulates accepted ballots — only ballots that passed checkBallot: their points are not checked
 * again. A later ballot with the same credential replaces the earlier one (spec §4.18 "last"). The
 * sum is kept as ballots arrive, so the work overlaps with the ballot checks of a verifier.
 */
export function createTally(ctx: ElectionContext) {
  const G = group();
  const last = new Map<string, { weight: number; choices: Ciphertext[][] }>();
  const sums: Cipher[][] = ctx.election.questions.map((q) => q.answers.map(() => ({ alpha: G.one, beta: G.one })));
  const apply = (choices: Ciphertext[][], weight: number, remove: boolean) =>
    choices.forEach((qc, i) =>
      qc.forEach((c, j) => {
        const w = BigInt(weight);
        const s = sums[i]![j]!;
        const alpha = w === 1n ? parseTrustedPoint(c.alpha) : G.mul(parseTrustedPoint(c.alpha), w);
        const beta = w === 1n ? parseTrustedPoint(c.beta) : G.mul(parseTrustedPoint(c.beta), w);
        sums[i]![j] = remove ? { alpha: G.sub(s.alpha, alpha), beta: G.sub(s.beta, beta) } : { alpha: G.add(s.alpha, alpha), beta: G.add(s.beta, beta) };
      }),
    );
  return {
    /** Returns true when this ballot replaces an earlier one with the same credential. */
    add(ballot: Ballot, weight: number): boolean {
      const previous = last.get(ballot.credential);
      if (previous) apply(previous.choices, previous.weight, true);
      last.delete(ballot.credential);
      const choices = ballot.answers.map((a) => a.choices);
      last.set(ballot.credential, { weight, choices });
      apply(choices, weight, false);
      return previous !== undefined;
    },
    get size() {
      return last.size;
    },
    finish(): TallyOutput {
      let totalWeight = 0;
      for (const { weight } of last.values()) totalWeight += weight;
      const encryptedTally = sums.map((q) => q.map(cipherToJson));
      return { encryptedTally, encryptedTallyRaw: encode(encryptedTallyCodec, encryptedTally), numTallied: last.size, totalWeight };
    },
  };
}

export const encryptedTallyHash = (raw: string) => sha256Hex(raw);

/** Guardian: decryption factors α^x for every ciphertext of the tally, each with its proof. */
export function partialDecrypt(ctx: ElectionContext, tally: EncryptedTally, x: bigint): PartialDecryption {
  const X = group().mulG(x);
  const out = tally.map((q) => q.map((c) => proveDecryptionFactor(ctx.fingerprint, x, X, parseCipher(c).alpha)));
  return {
    decryption_factors: out.map((q) => q.map((f) => pointToString(f.factor))),
    decryption_proofs: out.map((q) => q.map((f) => f.proof)),
  };
}

/** Server/verifier: null when every factor's proof holds for the trustee key X, else what fails. */
export function checkPartialDecryption(ctx: ElectionContext, tally: EncryptedTally, X: Point, pd: PartialDecryption): string | null {
  if (pd.decryption_factors.length !== tally.length || pd.decryption_proofs.length !== tally.length) return 'wrong shape';
  for (const [i, q] of tally.entries()) {
    if (pd.decryption_factors[i]!.length !== q.length || pd.decryption_proofs[i]!.length !== q.length) return 'wrong shape';
    for (const [j, c] of q.entries()) {
      const factor = parsePoint(pd.decryption_factors[i]![j]);
      if (!factor) return `question ${i + 1}, answer ${j + 1}: factor is not a group element`;
      if (!verifyDecryptionFactor(ctx.fingerprint, X, parseCipher(c).alpha, factor, pd.decryption_proofs[i]![j]!))
        return `question ${i + 1}, answer ${j + 1}: decryption proof fails`;
    }
  }
  return null;
}

/** Lagrange coefficient λ_δ = ∏_{k∈I\{δ}} k / (k − δ) mod q. */
export function lagrange(indexes: number[], delta: number): bigint {
  let acc = 1n;
  for (const k of indexes) if (k !== delta) acc = mod(acc * BigInt(k) * invert(BigInt(k - delta)));
  return acc;
}

/** log_g(p) for p = g^m with 0 <= m <= max (baby-step giant-step), or null. */
export function discreteLog(p: Point, max: number): number | null {
  const G = group();
  const m = Math.max(1, Math.ceil(Math.sqrt(max + 1)));
  const baby = new Map<string, number>();
  let acc = G.one;
  for (let j = 0; j < m; j++) {
    baby.set(pointToString(acc), j);
    acc = G.add(acc, G.g);
  }
  const giant = G.mulG(BigInt(m));
  let gamma = p;
  for (let i = 0; i * m <= max; i++) {
    const j = baby.get(pointToString(gamma));
    if (j !== undefined && i * m + j <= max) return i * m + j;
    gamma = G.sub(gamma, giant);
  }
  return null;
}

export type OwnedPartialDecryption = { owner: number; pd: PartialDecryption };
export type ResultOutcome = { ok: true; result: number[][] } | { ok: false; reason: string };

/**
 * Combine partial decryptions into the result (spec §4.15). Every supplied partial decryption must
 * be valid; each Single trustee must have one, each Pedersen group at least `threshold`.
 */
export function combineResult(ctx: ElectionContext, trustees: TrusteeKind[], tally: EncryptedTally, totalWeight: number, pds: OwnedPartialDecryption[]): ResultOutcome {
  const G = group();
  const slots = trusteeSlots(trustees);
  const byOwner = new Map<number, PartialDecryption>();
  for (const { owner, pd } of pds) {
    const slot = slots[owner - 1];
    if (!slot) return { ok: false, reason: `partial decryption from unknown trustee ${owner}` };
    const problem = checkPartialDecryption(ctx, tally, slot.publicKey, pd);
    if (problem) return { ok: false, reason: `partial decryption of trustee ${owner}: ${problem}` };
    byOwner.set(owner, pd);
  }
  const factors: Point[][] = tally.map((q) => q.map(() => G.one));
  const multiply = (pd: PartialDecryption, exponent: bigint) =>
    pd.decryption_factors.forEach((q, i) =>
      q.forEach((f, j) => (factors[i]![j] = G.add(factors[i]![j]!, exponent === 1n ? parsePoint(f)! : G.mul(parsePoint(f)!, exponent)))),
    );
  for (const [item, t] of trustees.entries()) {
    const members = slots.filter((s) => s.item === item && byOwner.has(s.owner));
    if (t[0] === 'Single') {
      if (members.length === 0) return { ok: false, reason: `trustee item ${item + 1} has no partial decryption` };
      multiply(byOwner.get(members[0]!.owner)!, 1n);
      continue;
    }
    const chosen = members.slice(0, t[1].threshold);
    if (chosen.length < t[1].threshold)
      return { ok: false, reason: `only ${members.length} of the ${t[1].threshold} partial decryptions needed` };
    const indexes = chosen.map((s) => s.member);
    for (const s of chosen) multiply(byOwner.get(s.owner)!, lagrange(indexes, s.member));
  }
  const result: number[][] = [];
  for (const [i, q] of tally.entries()) {
    const row: number[] = [];
    for (const [j, c] of q.entries()) {
      const m = discreteLog(G.sub(parseCipher(c).beta, factors[i]![j]!), totalWeight);
      if (m === null) return { ok: false, reason: `question ${i + 1}, answer ${j + 1}: no count up to ${totalWeight}` };
      row.push(m);
    }
    result.push(row);
  }
  return { ok: true, result };
}
