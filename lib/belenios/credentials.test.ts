import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_ALPHABET, credentialSecret, generateCredential, generateCredentials, isBeleniosCredential, normalizeCredential, parsePublicCredentials, publicCredential } from './credentials';
import { Q } from './group';

// sirona is an independent implementation of Belenios 2.5: its derivation must agree with ours.
const sirona = createRequire(import.meta.url)('sirona/dist/Credential.js') as {
  derive(uuid: string, c: string): { pub: string; priv: bigint };
};

describe('credentials', () => {
  it('are XXXXX-XXXXXX-XXXXX-XXXXXX in upper-case Base58, and valid Belenios credentials', () => {
    for (let i = 0; i < 200; i++) {
      const c = generateCredential();
      expect(c).toMatch(/^[1-9A-HJ-NP-Z]{5}-[1-9A-HJ-NP-Z]{6}-[1-9A-HJ-NP-Z]{5}-[1-9A-HJ-NP-Z]{6}$/);
      expect(isBeleniosCredential(c)).toBe(true);
    }
    expect(new Set(Array.from({ length: 500 }, generateCredential)).size).toBe(500);
    expect(CREDENTIAL_ALPHABET).toHaveLength(33);
  });

  it('accept what a resident types: any case, spaces or dashes', () => {
    const c = generateCredential();
    const raw = c.replace(/-/g, '');
    expect(normalizeCredential(raw.toLowerCase())).toBe(c);
    expect(normalizeCredential(` ${raw.slice(0, 7)} ${raw.slice(7)} `)).toBe(c);
    expect(normalizeCredential(c.replace(/-/g, '—'))).toBe(c);
    expect(normalizeCredential(raw.slice(1))).toBeNull();
    expect(normalizeCredential(`0${raw.slice(1)}`)).toBeNull(); // 0 is not Base58
    expect(normalizeCredential(`O${raw.slice(1)}`)).toBeNull();
  });

  it('derive secret(c) as the spec says, and agree with sirona', () => {
    const uuid = 'tEMXvLw6dUGaHt';
    const c = 'AB1CD-EFGH23-JKLMN-PQRS45';
    const h = (i: number) => createHash('sha256').update(`derive_credential|${uuid}|${i}|${c}`).digest('hex');
    expect(credentialSecret(uuid, c)).toBe(BigInt(`0x${h(0)}${h(1)}`) % Q);
    expect(credentialSecret(uuid, c)).toBe(sirona.derive(uuid, c).priv);
    expect(publicCredential(uuid, c)).toBe(sirona.derive(uuid, c).pub);
    expect(publicCredential(`${uuid}x`, c)).not.toBe(publicCredential(uuid, c));
  });

  it('come in batches with a sorted public list that parses back', () => {
    const batch = generateCredentials('tEMXvLw6dUGaHt', 5);
    expect(batch.privateCodes).toHaveLength(5);
    expect([...batch.publicCredentials].sort()).toEqual(batch.publicCredentials);
    const parsed = parsePublicCredentials(batch.publicCredentials);
    expect(parsed.ok && parsed.list.totalWeight).toBe(5);
    expect(parsePublicCredentials([...batch.publicCredentials, batch.publicCredentials[0]!])).toMatchObject({ ok: false, reason: 'credential 6: duplicate' });
    expect(parsePublicCredentials(['00'.repeat(32)])).toMatchObject({ ok: false, reason: 'credential 1: not a group element' });
    expect(parsePublicCredentials([`${batch.publicCredentials[0]},3`])).toMatchObject({ ok: true });
  });
});
