/**
 * The Ed25519 group as Belenios 2.5 uses it (spec §"Groups", src/lib/core/ed25519_*.ml at tag 2.5).
 * Curve arithmetic comes from a library (noble by default, libsodium's WASM build when the server
 * switches to it); this module only fixes the encodings and keeps scalars mod q.
 *
 * Points are opaque: each backend has its own representation. A point's Belenios string is the
 * compressed 256-bit number written in big-endian hex, i.e. the RFC 8032 bytes reversed.
 */
import { nobleBackend } from './group-noble';

export type Point = { readonly __point: unique symbol };

export interface Backend {
  readonly name: 'noble' | 'libsodium';
  readonly g: Point;
  readonly one: Point;
  add(a: Point, b: Point): Point;
  sub(a: Point, b: Point): Point;
  /** p^k for any k in [0, q); variable time (inputs are public or the caller accepts it). */
  mul(p: Point, k: bigint): Point;
  mulG(k: bigint): Point;
  /** p^a · r^b, the shape of every Schnorr-style commitment. */
  mul2(p: Point, a: bigint, r: Point, b: bigint): Point;
  /**
   * p (already checked) ready to be the first argument of mul/mul2 many times, as the election key
   * y is for every proof: the returned point carries a precomputed window table (built on first use).
   */
  fixedBase(p: Point): Point;
  /** p^k for each k (p from fixedBase): one batch, so libsodium's backend encodes them with one field inversion. */
  powers(p: Point, ks: bigint[]): Point[];
  eq(a: Point, b: Point): boolean;
  /** RFC 8032 little-endian encoding. */
  toBytes(p: Point): Uint8Array;
  /** Strict: canonical encoding, on the curve, in the prime-order subgroup (identity allowed). */
  fromBytes(bytes: Uint8Array): Point | null;
  /** Decoding only, for points this process has already checked (summing accepted ballots). */
  fromTrustedBytes(bytes: Uint8Array): Point;
  /**
   * fromBytes and then p^k in one step: null exactly when fromBytes refuses the bytes. libsodium
   * runs the same checks at the start of every multiplication, so a ciphertext's points are
   * checked and used at the cost of the multiplication alone.
   */
  checkedMul(bytes: Uint8Array, k: bigint): { point: Point; power: Point } | null;
}

/** q = 2^252 + 27742317777372353535851937790883648493, the order of g. */
export const Q = (1n << 252n) + 27742317777372353535851937790883648493n;

let current: Backend = nobleBackend;
/** g^1..g^SMALL of the current backend: the shifts β / g^M of every interval proof. */
const SMALL = 64;
let smallPowers: Point[] = [];

export const group = (): Backend => current;
export function setBackend(backend: Backend) {
  if (backend !== current) smallPowers = [];
  current = backend;
}

export const mod = (x: bigint): bigint => {
  const r = x % Q;
  return r < 0n ? r + Q : r;
};

export function invert(x: bigint): bigint {
  // Fermat: x^(q-2) mod q; q is prime and x ≠ 0 for every caller (Lagrange denominators).
  let result = 1n;
  let base = mod(x);
  let e = Q - 2n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % Q;
    base = (base * base) % Q;
    e >>= 1n;
  }
  return result;
}

export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** Uniform in [0, q): 512 random bits reduced mod q (statistical distance < 2^-250). */
export function randomScalar(): bigint {
  return mod(bytesToBigBE(randomBytes(64)));
}

export function bytesToBigBE(bytes: Uint8Array): bigint {
  let x = 0n;
  for (const b of bytes) x = (x << 8n) | BigInt(b);
  return x;
}

export function hexToBig(hex: string): bigint {
  return hex.length === 0 ? 0n : BigInt('0x' + hex);
}

const HEX = '0123456789abcdef';
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += HEX[b >> 4]! + HEX[b & 15]!;
  return s;
}

export function hexToBytes(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function pointToString(p: Point): string {
  return bytesToHex(group().toBytes(p).reverse());
}

/** Belenios point string → its RFC 8032 bytes, not yet checked; null unless 64 lower-case hex digits. */
export function pointBytes(s: unknown): Uint8Array | null {
  if (typeof s !== 'string' || s.length !== 64) return null;
  return hexToBytes(s)?.reverse() ?? null;
}

/** Belenios point string → point, or null if it is not a lower-case 64-digit element of the group. */
export function parsePoint(s: unknown): Point | null {
  const bytes = pointBytes(s);
  return bytes ? group().fromBytes(bytes) : null;
}

/** For points already checked by parsePoint (e.g. in an accepted ballot): skips the subgroup check. */
export function parseTrustedPoint(s: string): Point {
  const bytes = hexToBytes(s);
  if (!bytes || bytes.length !== 32) throw new Error('not a point string');
  return group().fromTrustedBytes(bytes.reverse());
}

export const scalarToString = (x: bigint): string => x.toString(10);

/** Canonical base-10 numeral in [0, q), or null. */
export function parseScalar(s: unknown): bigint | null {
  if (typeof s !== 'string' || !/^(0|[1-9][0-9]{0,77})$/.test(s)) return null;
  const x = BigInt(s);
  return x < Q ? x : null;
}

/** g^m for a small plaintext m (tally results, 0/1 choices); g^0 is the identity. */
export function gPow(m: number | bigint): Point {
  const k = BigInt(m);
  if (k === 0n) return current.one;
  if (k < 0n || k > BigInt(SMALL)) return current.mulG(mod(k));
  const i = Number(k);
  return (smallPowers[i] ??= current.mulG(k));
}
