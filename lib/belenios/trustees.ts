/**
 * The `trustees` structure (spec §4.8): a list of Single keys and Pedersen groups. The election key
 * is the product of their sub-keys; partial decryptions are owned by trustee numbers 1..N counted
 * through the list (a Pedersen group of n counts n).
 */
import { group, parsePoint, pointToString, type Point } from './group';
import { checkThresholdParameters, pedersenPublicKey } from './trustee-pedersen';
import { checkTrusteePublicKey } from './trustee-single';
import type { TrusteeKind } from './types';

export type TrusteeSlot = {
  /** Owner number used in PartialDecryption events (1-based). */
  owner: number;
  /** Index of the item in the trustees list. */
  item: number;
  /** 1-based index inside a Pedersen group, or 0 for a Single trustee. */
  member: number;
  publicKey: Point;
};

export function trusteeSlots(trustees: TrusteeKind[]): TrusteeSlot[] {
  const slots: TrusteeSlot[] = [];
  trustees.forEach((t, item) => {
    const keys = t[0] === 'Single' ? [t[1]] : t[1].verification_keys;
    keys.forEach((k, i) => {
      const publicKey = parsePoint(k.public_key);
      if (!publicKey) throw new Error(`trustee key ${slots.length + 1} is not a group element`);
      slots.push({ owner: slots.length + 1, item, member: t[0] === 'Single' ? 0 : i + 1, publicKey });
    });
  });
  return slots;
}

/** Every proof in the trustees structure (check in MakeCombinator); null when all hold. */
export function checkTrustees(trustees: TrusteeKind[]): string | null {
  if (trustees.length === 0) return 'no trustees';
  for (const [i, t] of trustees.entries()) {
    if (t[0] === 'Single') {
      if (!checkTrusteePublicKey(t[1])) return `trustee item ${i + 1}: proof of knowledge fails`;
    } else {
      const problem = checkThresholdParameters(t[1]);
      if (problem) return `trustee item ${i + 1} (Pedersen): ${problem}`;
    }
  }
  return null;
}

/** y = ∏ sub-keys: a Single key itself, a Pedersen group ∏_i A_i0. */
export function combineTrusteeKeys(trustees: TrusteeKind[]): string {
  const G = group();
  const y = trustees.reduce<Point>((acc, t) => {
    if (t[0] === 'Pedersen') return G.add(acc, pedersenPublicKey(t[1]));
    const key = parsePoint(t[1].public_key);
    if (!key) throw new Error('trustee key is not a group element');
    return G.add(acc, key);
  }, G.one);
  return pointToString(y);
}
