import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ccmDecrypt, ccmEncrypt } from './ccm';
import { randomBytes } from './group';

// Node's OpenSSL aes-256-ccm is an independent implementation of the same mode.
function nodeCcm(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const c = createCipheriv('aes-256-ccm', key, nonce, { authTagLength: 8 });
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return new Uint8Array(Buffer.concat([body, c.getAuthTag()]));
}

describe('AES-256-CCM as Belenios uses it', () => {
  it.each([1, 2, 15, 16, 17, 100, 1000, 70000])('matches OpenSSL for %i bytes', (n) => {
    const key = randomBytes(32);
    const iv = randomBytes(32);
    const plaintext = randomBytes(n);
    const l = n >= 65536 ? 3 : 2;
    const ours = ccmEncrypt(key, iv, plaintext);
    expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(nodeCcm(key, iv.slice(0, 15 - l), plaintext)).toString('hex'));
    expect(Buffer.from(ccmDecrypt(key, iv, ours)!).equals(Buffer.from(plaintext))).toBe(true);
  });

  it('refuses a ciphertext whose tag or body was changed', () => {
    const key = randomBytes(32);
    const iv = randomBytes(32);
    const ours = ccmEncrypt(key, iv, new TextEncoder().encode('{"secret":"42"}'));
    for (const i of [0, ours.length - 1]) {
      const bad = ours.slice();
      bad[i]! ^= 1;
      expect(ccmDecrypt(key, iv, bad)).toBeNull();
    }
  });
});
