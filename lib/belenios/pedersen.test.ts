import { beforeAll, describe, expect, it } from 'vitest';
import { encryptBallot } from './ballot';
import { checkBallot } from './ballot-check';
import { generateCredentials } from './credentials';
import { generateUuid, loadElection, makeElection } from './election';
import { group, pointToString } from './group';
import { enableSodium } from './group-sodium';
import { encode } from './json';
import { checkCert, deriveDecryptionKey, sendMessage, deriveSigningKey } from './pki';
import { combineResult, createTally, partialDecrypt, checkPartialDecryption, lagrange } from './tally';
import {
  assembleThresholdParameters,
  checkPolynomial,
  checkThresholdParameters,
  checkVoutput,
  computeVinputs,
  generateGuardianCert,
  guardianDecryptionKey,
  makePolynomial,
  makeVoutput,
} from './trustee-pedersen';
import { generateSingleTrustee } from './trustee-single';
import { checkTrustees, combineTrusteeKeys, trusteeSlots } from './trustees';
import { secretCodec, type TrusteeKind } from './types';

beforeAll(enableSodium);

function ceremony(n: number, k: number) {
  const guardians = Array.from({ length: n }, generateGuardianCert);
  const certs = guardians.map((g) => g.cert);
  const polynomials = guardians.map((g) => makePolynomial(g.seed, certs, k));
  return { guardians, certs, polynomials };
}

describe('Pedersen key ceremony, 3 of 5', () => {
  it('gives a key that any 3 guardians can decrypt with, and 2 cannot', () => {
    const { guardians, certs, polynomials } = ceremony(5, 3);
    certs.forEach((c) => expect(checkCert(c)).toBe(true));
    polynomials.forEach((p, i) => expect(checkPolynomial(certs, i, p, 3)).toBe(true));
    const vinputs = computeVinputs(certs, polynomials);
    const voutputs = guardians.map((g, j) => makeVoutput(g.seed, certs, vinputs[j]!));
    voutputs.forEach((vo, j) => expect(checkVoutput(certs, polynomials, j, vo)).toBe(true));
    const params = assembleThresholdParameters(certs, polynomials, voutputs);
    expect(params.threshold).toBe(3);
    expect(checkThresholdParameters(params)).toBeNull();
    const trustees: TrusteeKind[] = [['Pedersen', params]];
    expect(checkTrustees(trustees)).toBeNull();

    const uuid = generateUuid();
    const ctx = loadElection(makeElection({ uuid, name: 'n', description: '', candidates: ['a', 'b', 'c'], question: 'q', min: 1, max: 1, publicKey: combineTrusteeKeys(trustees) }));
    const creds = generateCredentials(uuid, 4);
    const set = new Set(creds.publicCredentials);
    const tally = createTally(ctx);
    [[1, 0, 0], [0, 0, 1], [1, 0, 0], [1, 0, 0]].forEach((v, i) => {
      const c = checkBallot(ctx, (x) => (set.has(x) ? 1 : undefined), encryptBallot(ctx, creds.privateCodes[i]!, [v]).ballot);
      if (!c.ok) throw new Error(c.reason);
      tally.add(c.ballot, c.weight);
    });
    const t = tally.finish();
    const shares = guardians.map((g, j) => guardianDecryptionKey(g.seed, voutputs[j]!.private_key));
    const pds = shares.map((s, j) => ({ owner: j + 1, pd: partialDecrypt(ctx, t.encryptedTally, s) }));
    const slots = trusteeSlots(trustees);
    pds.forEach(({ pd }, j) => expect(checkPartialDecryption(ctx, t.encryptedTally, slots[j]!.publicKey, pd)).toBeNull());
    for (const subset of [[0, 1, 2], [0, 2, 4], [4, 3, 1], [0, 1, 2, 3, 4]])
      expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, subset.map((i) => pds[i]!))).toEqual({ ok: true, result: [[3, 0, 1]] });
    expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, [pds[0]!, pds[3]!])).toMatchObject({ ok: false, reason: 'only 2 of the 3 partial decryptions needed' });
    // a partial decryption made with the wrong share is refused, named by its owner
    const wrong = { owner: 2, pd: partialDecrypt(ctx, t.encryptedTally, shares[0]!) };
    expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, [pds[0]!, wrong, pds[2]!])).toMatchObject({ ok: false, reason: expect.stringContaining('trustee 2') });
  });

  it('lets a guardian catch a share that does not match its sender’s commitments', () => {
    const { guardians, certs, polynomials } = ceremony(3, 2);
    // guardian 2 sends guardian 3 a share of another polynomial, correctly signed and encrypted
    const ek3 = group().mulG(deriveDecryptionKey(guardians[2]!.seed));
    polynomials[1]!.secrets[2] = sendMessage(deriveSigningKey(guardians[1]!.seed), ek3, encode(secretCodec, { secret: '12345' }));
    const vinputs = computeVinputs(certs, polynomials);
    expect(() => makeVoutput(guardians[2]!.seed, certs, vinputs[2]!)).toThrow('secret 2 does not validate');
    expect(() => makeVoutput(guardians[0]!.seed, certs, vinputs[0]!)).not.toThrow();
  });

  it('refuses a voutput whose key is not the one the commitments predict', () => {
    const { guardians, certs, polynomials } = ceremony(3, 2);
    const vinputs = computeVinputs(certs, polynomials);
    const vo = makeVoutput(guardians[0]!.seed, certs, vinputs[0]!);
    expect(checkVoutput(certs, polynomials, 1, vo)).toBe(false);
    expect(checkVoutput(certs, polynomials, 0, vo)).toBe(true);
    const forged = { ...vo, public_key: generateSingleTrustee().publicKey };
    expect(checkVoutput(certs, polynomials, 0, forged)).toBe(false);
    expect(() => assembleThresholdParameters(certs, polynomials, [forged, ...guardians.slice(1).map((g, j) => makeVoutput(g.seed, certs, vinputs[j + 1]!))])).toThrow('verification key 1 is incorrect');
  });

  it('refuses a certificate list that does not contain the guardian, or a forged certificate', () => {
    const { guardians, certs } = ceremony(2, 1);
    const outsider = generateGuardianCert();
    expect(() => makePolynomial(outsider.seed, certs, 1)).toThrow('could not find my certificate');
    const forged = { ...certs[0]!, message: certs[1]!.message };
    expect(checkCert(forged)).toBe(false);
    expect(() => makePolynomial(guardians[0]!.seed, [forged, certs[1]!], 1)).toThrow('certificate 1 does not validate');
  });

  it('mixes Single and Pedersen trustees: the key is the product, owners count through the list', () => {
    const single = generateSingleTrustee();
    const { guardians, certs, polynomials } = ceremony(2, 2);
    const vinputs = computeVinputs(certs, polynomials);
    const params = assembleThresholdParameters(certs, polynomials, guardians.map((g, j) => makeVoutput(g.seed, certs, vinputs[j]!)));
    const trustees: TrusteeKind[] = [['Single', single.publicKey], ['Pedersen', params]];
    expect(checkTrustees(trustees)).toBeNull();
    expect(trusteeSlots(trustees).map((s) => [s.owner, s.item, s.member])).toEqual([[1, 0, 0], [2, 1, 1], [3, 1, 2]]);
    const G = group();
    const y = G.add(G.mulG(BigInt(single.privateKey)), polynomials.map((p) => JSON.parse(p.coefexps.message).coefexps[0] as string).reduce((a, s) => G.add(a, G.fromBytes(Buffer.from(s, 'hex').reverse())!), G.one));
    expect(combineTrusteeKeys(trustees)).toBe(pointToString(y));
    expect(lagrange([1, 2], 1)).toBe(2n);
  });
});
