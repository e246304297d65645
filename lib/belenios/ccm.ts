/**
 * AES-256-CCM as Belenios' trustee channels use it (platform.ml at tag 2.5, the SJCL algorithm):
 * 8-byte tag, no associated data, nonce = the first 15-L bytes of a 32-byte IV, L = 2 unless the
 * message needs more length bytes. Web Crypto has no CCM, so the mode (RFC 3610: CBC-MAC, then CTR)
 * is composed here from @noble/ciphers' AES; the block cipher itself is the library's.
 * lib/belenios/ccm.test.ts checks it against Node's native aes-256-ccm.
 */
import { cbc, ctr, ecb } from '@noble/ciphers/aes.js';

const TAG = 8;

function lengthBytes(n: number): number {
  let l = 2;
  while (l < 4 && n >= 2 ** (8 * l)) l++;
  return l;
}

function block(flags: number, nonce: Uint8Array, value: number, l: number): Uint8Array {
  const b = new Uint8Array(16);
  b[0] = flags;
  b.set(nonce, 1);
  for (let i = 0; i < l; i++) b[15 - i] = Math.floor(value / 2 ** (8 * i)) & 255;
  return b;
}

function tag(key: Uint8Array, nonce: Uint8Array, l: number, plaintext: Uint8Array): Uint8Array {
  const padded = new Uint8Array(16 + Math.ceil(plaintext.length / 16) * 16);
  padded.set(block((((TAG - 2) / 2) << 3) | (l - 1), nonce, plaintext.length, l), 0);
  padded.set(plaintext, 16);
  const mac = cbc(key, new Uint8Array(16), { disablePadding: true }).encrypt(padded);
  return mac.slice(mac.length - 16, mac.length - 16 + TAG);
}

function keystream(key: Uint8Array, nonce: Uint8Array, l: number) {
  const s0 = ecb(key, { disablePadding: true }).encrypt(block(l - 1, nonce, 0, l));
  return { s0, cipher: ctr(key, block(l - 1, nonce, 1, l)) };
}

const xorTag = (t: Uint8Array, s0: Uint8Array) => t.map((b, i) => b ^ s0[i]!);

export function ccmEncrypt(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const l = lengthBytes(plaintext.length);
  const nonce = iv.slice(0, 15 - l);
  const { s0, cipher } = keystream(key, nonce, l);
  const out = new Uint8Array(plaintext.length + TAG);
  out.set(cipher.encrypt(plaintext), 0);
  out.set(xorTag(tag(key, nonce, l, plaintext), s0), plaintext.length);
  return out;
}

/** The plaintext, or null when the tag does not match. */
export function ccmDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array | null {
  if (data.length < TAG) return null;
  const n = data.length - TAG;
  const l = lengthBytes(n);
  const nonce = iv.slice(0, 15 - l);
  const { s0, cipher } = keystream(key, nonce, l);
  const plaintext = cipher.decrypt(data.slice(0, n));
  const expected = xorTag(tag(key, nonce, l, plaintext), s0);
  let diff = 0;
  for (let i = 0; i < TAG; i++) diff |= expected[i]! ^ data[n + i]!;
  return diff === 0 ? plaintext : null;
}
