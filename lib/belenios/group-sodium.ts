/**
 * libsodium's WASM build as the group backend: 4-8x faster variable-base multiplication than noble
 * here (bench/results/belenios-*.json). Works in Node and in the browser; only code that imports
 * this module (the server, the worker pool) carries its ~1 MB of WASM.
 *
 * libsodium refuses the identity and small-order inputs (and a zero scalar); those cases are rare
 * and public (a tampered proof, g^0), so they fall back to noble, as Belenios falls back to its pure
 * implementation (ed25519_libsodium.ml).
 */
import sodium from 'libsodium-wrappers-sumo';
import { encodedPowers, nobleBackend, withTable } from './group-noble';
import { setBackend, type Backend, type Point } from './group';
import { setSha256 } from './hash';

type Sodium = typeof sodium;

const IDENTITY = new Uint8Array(32);
IDENTITY[0] = 1;

function le(k: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(k & 255n);
    k >>= 8n;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const B = (p: Point) => p as unknown as Uint8Array;
const wrap = (b: Uint8Array) => b as unknown as Point;
const viaNoble = (p: Point) => nobleBackend.fromBytes(B(p))!;
const fromNoble = (p: Point) => wrap(nobleBackend.toBytes(p));
const isOne = (p: Point) => sameBytes(B(p), IDENTITY);

export function sodiumBackend(s: Sodium): Backend {
  const g = wrap(s.crypto_scalarmult_ed25519_base_noclamp(le(1n)));
  // libsodium has no fixed-base multiplication but for g: fixed bases (y) go through noble's
  // precomputed table, several times cheaper than libsodium's variable-base multiplication.
  const tables = new WeakMap<Uint8Array, Point>();
  const mul = (p: Point, k: bigint): Point => {
    if (k === 0n || isOne(p)) return wrap(IDENTITY);
    const table = tables.get(B(p));
    if (table) return fromNoble(nobleBackend.mul(table, k));
    try {
      return wrap(s.crypto_scalarmult_ed25519_noclamp(le(k), B(p)));
    } catch {
      return fromNoble(nobleBackend.mul(viaNoble(p), k));
    }
  };
  const mulG = (k: bigint): Point => (k === 0n ? wrap(IDENTITY) : wrap(s.crypto_scalarmult_ed25519_base_noclamp(le(k))));
  const add = (a: Point, b: Point): Point => {
    if (isOne(a)) return b;
    if (isOne(b)) return a;
    try {
      return wrap(s.crypto_core_ed25519_add(B(a), B(b)));
    } catch {
      return fromNoble(nobleBackend.add(viaNoble(a), viaNoble(b)));
    }
  };
  function fromBytes(bytes: Uint8Array): Point | null {
    if (bytes.length !== 32) return null;
    if (sameBytes(bytes, IDENTITY)) return wrap(IDENTITY);
    // Checks canonical encoding, curve equation, prime-order subgroup, not small order.
    return s.crypto_core_ed25519_is_valid_point(bytes) ? wrap(bytes.slice()) : null;
  }
  return {
    name: 'libsodium',
    g,
    one: wrap(IDENTITY),
    add,
    sub(a, b) {
      if (isOne(b)) return a;
      try {
        return wrap(s.crypto_core_ed25519_sub(B(a), B(b)));
      } catch {
        return fromNoble(nobleBackend.sub(viaNoble(a), viaNoble(b)));
      }
    },
    mul,
    mulG,
    // g^a is a base-point multiplication, several times cheaper than a variable-base one.
    mul2: (p, a, r, b) => add(sameBytes(B(p), B(g)) ? mulG(a) : mul(p, a), mul(r, b)),
    fixedBase(p) {
      const q = wrap(B(p).slice());
      // A server thread checks thousands of ballots against y: the larger table pays for itself.
      tables.set(B(q), withTable(viaNoble(q), 10));
      return q;
    },
    eq: (a, b) => sameBytes(B(a), B(b)),
    toBytes: (p) => B(p).slice(),
    fromTrustedBytes: (bytes) => wrap(bytes.slice()),
    fromBytes,
    powers(p, ks) {
      const table = tables.get(B(p));
      return table ? encodedPowers(table, ks).map(wrap) : ks.map((k) => mul(p, k));
    },
    checkedMul(bytes, k) {
      if (bytes.length === 32 && k !== 0n) {
        try {
          // Succeeds only for a canonical, non-small-order point of the prime-order subgroup
          // (scalarmult_ed25519_ref10.c), which is what is_valid_point checks, and k ≠ 0 mod q.
          const power = wrap(s.crypto_scalarmult_ed25519_noclamp(le(k), bytes));
          return { point: wrap(bytes.slice()), power };
        } catch {
          // The identity, or not a group element: decided by the full check below.
        }
      }
      const p = fromBytes(bytes);
      return p && { point: p, power: mul(p, k) };
    },
  };
}

let loaded: Promise<Backend> | null = null;

/** Switch every Belenios function in this thread to libsodium (curve and SHA-256). Idempotent. */
export function enableSodium(): Promise<Backend> {
  loaded ??= sodium.ready.then(() => sodiumBackend(sodium));
  return loaded.then((b) => {
    setBackend(b);
    setSha256((data) => sodium.crypto_hash_sha256(data));
    return b;
  });
}
