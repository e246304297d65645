/**
 * Credentials (spec §4.9). Run by the credential authority, in its browser or the CLI, never on the
 * server: the private codes go on the slips, only the public list is uploaded.
 *
 * Minping draws the 22 characters from the digits and upper-case letters of the Base58 alphabet
 * (33 symbols, 111 bits): still a valid Belenios credential, and a resident may type it in any case,
 * with or without dashes or spaces.
 */
import { group, hexToBig, mod, parsePoint, pointToString, randomBytes } from './group';
import { sha256Hex } from './hash';

export const CREDENTIAL_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LENGTH = 22;
const FULL = /^[1-9A-HJ-NP-Za-km-z]{5}-[1-9A-HJ-NP-Za-km-z]{6}-[1-9A-HJ-NP-Za-km-z]{5}-[1-9A-HJ-NP-Za-km-z]{6}$/;

const format = (raw: string) => `${raw.slice(0, 5)}-${raw.slice(5, 11)}-${raw.slice(11, 16)}-${raw.slice(16, 22)}`;

/** A fresh private credential `XXXXX-XXXXXX-XXXXX-XXXXXX` from crypto.getRandomValues. */
export function generateCredential(): string {
  const n = CREDENTIAL_ALPHABET.length;
  const limit = 256 - (256 % n); // rejection sampling keeps every symbol equally likely
  let raw = '';
  while (raw.length < LENGTH) {
    for (const b of randomBytes(32)) {
      if (b < limit && raw.length < LENGTH) raw += CREDENTIAL_ALPHABET[b % n];
    }
  }
  return format(raw);
}

/** What a resident typed → the canonical credential, or null if it cannot be one of ours. */
export function normalizeCredential(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s\-‐‑‒–—―－_]/g, '');
  if (raw.length !== LENGTH) return null;
  for (const c of raw) if (!CREDENTIAL_ALPHABET.includes(c)) return null;
  return format(raw);
}

/** True for any spec-conformant full-style credential (the whole Base58 alphabet). */
export const isBeleniosCredential = (c: string) => FULL.test(c);

/** secret(c): SHA-256 of "derive_credential|uuid|i|c" for i = 0, 1, concatenated, mod q. */
export function credentialSecret(uuid: string, credential: string): bigint {
  const part = (i: number) => sha256Hex(`derive_credential|${uuid}|${i}|${credential}`);
  return mod(hexToBig(part(0) + part(1)));
}

/** public(c) = g^secret(c), as the string that goes into the public credential list. */
export const publicCredential = (uuid: string, credential: string): string =>
  pointToString(group().mulG(credentialSecret(uuid, credential)));

export type CredentialBatch = { privateCodes: string[]; publicCredentials: string[] };

/**
 * `count` private codes (in slip order) and their public credentials, sorted so that the uploaded
 * list does not tell which slip is which.
 */
export function generateCredentials(uuid: string, count: number): CredentialBatch {
  const privateCodes = Array.from({ length: count }, generateCredential);
  const publicCredentials = privateCodes.map((c) => publicCredential(uuid, c)).sort();
  return { privateCodes, publicCredentials };
}

export type CredentialList = { weights: Map<string, number>; totalWeight: number };
export type CredentialListResult = { ok: true; list: CredentialList } | { ok: false; reason: string };

/** Check a public credential list (setup step 7): group elements, weights, all distinct. */
export function parsePublicCredentials(lines: string[]): CredentialListResult {
  const weights = new Map<string, number>();
  let totalWeight = 0;
  for (const [i, line] of lines.entries()) {
    const [cred, weight, ...extra] = line.split(',');
    const w = weight === undefined ? 1 : /^[1-9][0-9]{0,9}$/.test(weight) ? Number(weight) : NaN;
    if (extra.length > 0 || !Number.isSafeInteger(w)) return { ok: false, reason: `credential ${i + 1}: bad weight` };
    if (!parsePoint(cred)) return { ok: false, reason: `credential ${i + 1}: not a group element` };
    if (weights.has(cred!)) return { ok: false, reason: `credential ${i + 1}: duplicate` };
    weights.set(cred!, w);
    totalWeight += w;
  }
  return { ok: true, list: { weights, totalWeight } };
}

/** Merge the public lists of several batches (e.g. one per community) into one sorted setup list. */
export const mergePublicCredentials = (...lists: string[][]): string[] => lists.flat().sort();
