/** SHA-256 in the forms Belenios writes it, and Belenios' hash-to-scalar G.hash. */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex, hexToBig, mod, pointToString, type Point } from './group';

let impl: (data: Uint8Array) => Uint8Array = sha256;

/** Swap in a faster SHA-256 (libsodium's, via enableSodium); noble's is the default everywhere. */
export function setSha256(fn: (data: Uint8Array) => Uint8Array) {
  impl = fn;
}

export const sha256Bytes = (data: string | Uint8Array): Uint8Array => impl(typeof data === 'string' ? utf8ToBytes(data) : data);

export const sha256Hex = (data: string | Uint8Array): string => bytesToHex(sha256Bytes(data));

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without padding ("compact", Hash.to_b64 in common_types.ml). */
export function base64NoPad(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += B64[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

export const sha256B64 = (data: string): string => base64NoPad(sha256Bytes(data));

/** Belenios' G.hash: SHA-256 of prefix ‖ points joined by commas, as a number mod q. */
export function hashToScalar(prefix: string, points: Point[]): bigint {
  return mod(hexToBig(sha256Hex(prefix + points.map(pointToString).join(','))));
}
