/**
 * The trustees' public key infrastructure (spec §4.5.1, MakePKI/MakeChannels in src/lib/v1/trustees.ml):
 * a 22-character seed gives a signing key sk and a decryption key dk; messages between trustees go
 * through the server signed and encrypted, so the server relays them without reading them.
 */
import { ccmDecrypt, ccmEncrypt } from './ccm';
import { bytesToHex, group, hexToBig, hexToBytes, mod, parsePoint, pointToString, randomBytes, randomScalar } from './group';
import { sha256Bytes, sha256Hex } from './hash';
import { decode, encode, FormatError } from './json';
import { certKeysCodec, channelMsgCodec, encryptedMsgCodec, signedMsgCodec, B58, type SignedMsg } from './types';
import { schnorrProve, schnorrVerify, sigmsgPrefix } from './zkp';
import type { Point } from './group';

export function generateSeed(): string {
  let out = '';
  while (out.length < 22) for (const b of randomBytes(32)) if (b < 232 && out.length < 22) out += B58[b % 58];
  return out;
}

export const deriveSigningKey = (seed: string) => mod(hexToBig(sha256Hex(`sk|${seed}`)));
export const deriveDecryptionKey = (seed: string) => mod(hexToBig(sha256Hex(`dk|${seed}`)));

export const signMessage = (sk: bigint, message: string): SignedMsg => ({
  message,
  signature: schnorrProve(sigmsgPrefix(message), sk),
});

export const verifySigned = (vk: Point, msg: SignedMsg): boolean => schnorrVerify(sigmsgPrefix(msg.message), vk, msg.signature);

export type CertKeys = { verification: Point; encryption: Point };

/** The cert_keys inside a certificate, or null if they are not group elements. */
export function certKeys(cert: SignedMsg): CertKeys | null {
  try {
    const keys = decode(certKeysCodec, cert.message, 'cert', false);
    const verification = parsePoint(keys.verification);
    const encryption = parsePoint(keys.encryption);
    return verification && encryption ? { verification, encryption } : null;
  } catch {
    return null;
  }
}

/** A certificate is valid when it is signed by the signing key of its own verification key. */
export function checkCert(cert: SignedMsg): boolean {
  const keys = certKeys(cert);
  return keys !== null && verifySigned(keys.verification, cert);
}

export function makeCert(seed: string): SignedMsg {
  const G = group();
  const sk = deriveSigningKey(seed);
  const message = encode(certKeysCodec, {
    verification: pointToString(G.mulG(sk)),
    encryption: pointToString(G.mulG(deriveDecryptionKey(seed))),
  });
  return signMessage(sk, message);
}

const keyOf = (p: Point) => sha256Bytes(`key|${pointToString(p)}`);
const ivOf = (alpha: Point) => sha256Bytes(`iv|${pointToString(alpha)}`);

/** El Gamal-like hybrid encryption to `ek`; returns the serialised encrypted_msg. */
export function encryptMessage(ek: Point, plaintext: string): string {
  const G = group();
  const r = randomScalar();
  const secret = G.mulG(randomScalar());
  const alpha = G.mulG(r);
  const beta = G.add(G.mul(ek, r), secret);
  const data = bytesToHex(ccmEncrypt(keyOf(secret), ivOf(alpha), new TextEncoder().encode(plaintext)));
  return encode(encryptedMsgCodec, { alpha: pointToString(alpha), beta: pointToString(beta), data });
}

export function decryptMessage(dk: bigint, raw: string): string | null {
  try {
    const msg = decode(encryptedMsgCodec, raw, 'encrypted_msg', false);
    const alpha = parsePoint(msg.alpha);
    const beta = parsePoint(msg.beta);
    const data = hexToBytes(msg.data);
    if (!alpha || !beta || !data) return null;
    const G = group();
    const plaintext = ccmDecrypt(keyOf(G.sub(beta, G.mul(alpha, dk))), ivOf(alpha), data);
    return plaintext ? new TextDecoder('utf-8', { fatal: true }).decode(plaintext) : null;
  } catch {
    return null;
  }
}

/** send(sk, recipient, message): channel_msg, signed by sk, encrypted to recipient. */
export function sendMessage(sk: bigint, recipient: Point, message: string): string {
  const channel = encode(channelMsgCodec, { recipient: pointToString(recipient), message });
  return encryptMessage(recipient, encode(signedMsgCodec, signMessage(sk, channel)));
}

/** Receive with dk a message signed by `senderVk`; checks the signature and that it is for us. */
export function receiveMessage(dk: bigint, senderVk: Point, raw: string): string {
  const plaintext = decryptMessage(dk, raw);
  if (plaintext === null) throw new FormatError('channel', 'cannot decrypt the message');
  const signed = decode(signedMsgCodec, plaintext, 'channel', false);
  if (!verifySigned(senderVk, signed)) throw new FormatError('channel', 'invalid signature on received message');
  const channel = decode(channelMsgCodec, signed.message, 'channel', false);
  const me = group().mulG(dk);
  if (channel.recipient !== pointToString(me)) throw new FormatError('channel', 'message is for another recipient');
  return channel.message;
}
