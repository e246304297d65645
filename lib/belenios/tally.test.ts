import { beforeAll, describe, expect, it } from 'vitest';
import { encryptBallot } from './ballot';
import { checkBallot } from './ballot-check';
import { generateCredentials } from './credentials';
import { generateUuid, loadElection, makeElection, type ElectionContext } from './election';
import { group, pointToString } from './group';
import { enableSodium } from './group-sodium';
import { checkPartialDecryption, combineResult, createTally, discreteLog, partialDecrypt } from './tally';
import { generateSingleTrustee } from './trustee-single';
import { trusteeSlots } from './trustees';
import type { TrusteeKind } from './types';
import { iprove, iverify, proveDecryptionFactor, schnorrProve, schnorrVerify, verifyDecryptionFactor } from './zkp';

beforeAll(enableSodium);

describe('discrete log of a count', () => {
  it('finds every m in 0..max and nothing above', () => {
    for (const max of [0, 1, 2, 3, 8, 15, 16, 17]) {
      for (let m = 0; m <= max; m++) expect(discreteLog(group().mulG(BigInt(m)), max), `${m} of ${max}`).toBe(m);
      expect(discreteLog(group().mulG(BigInt(max + 1)), max)).toBeNull();
    }
    expect(discreteLog(group().mulG(12345n), 20000)).toBe(12345);
  });
});

describe('proof primitives refuse malformed or wrong proofs', () => {
  it('Schnorr, interval and decryption proofs', () => {
    const G = group();
    const x = 77n;
    const X = G.mulG(x);
    const p = schnorrProve('pok|t|', x);
    expect(schnorrVerify('pok|t|', X, p)).toBe(true);
    expect(schnorrVerify('pok|u|', X, p)).toBe(false);
    expect(schnorrVerify('pok|t|', X, { ...p, challenge: 'x' })).toBe(false);
    expect(schnorrVerify('pok|t|', X, { ...p, response: '-1' })).toBe(false);
    const y = G.mulG(5n);
    const r = 9n;
    const c = { alpha: G.mulG(r), beta: G.add(G.mul(y, r), G.g) };
    const proof = iprove('S', y, c, r, 1, [0, 1]);
    expect(iverify('S', y, c, proof, [0, 1])).toBe(true);
    expect(iverify('S', y, c, proof.slice(0, 1), [0, 1])).toBe(false);
    expect(iverify('S', y, c, [proof[0]!, { ...proof[1]!, response: 'nope' }], [0, 1])).toBe(false);
    expect(iverify('S', y, c, proof, [1, 2])).toBe(false);
    const f = proveDecryptionFactor('phi', x, X, c.alpha);
    expect(verifyDecryptionFactor('phi', X, c.alpha, f.factor, f.proof)).toBe(true);
    expect(verifyDecryptionFactor('phi', X, c.alpha, f.factor, { ...f.proof, challenge: '' })).toBe(false);
    expect(verifyDecryptionFactor('phi', X, c.alpha, G.add(f.factor, G.g), f.proof)).toBe(false);
  });
});

describe('tally with Single trustees, weights and malformed partial decryptions', () => {
  let ctx: ElectionContext;
  let trustees: TrusteeKind[];
  let keys: bigint[];
  beforeAll(() => {
    const a = generateSingleTrustee();
    const b = generateSingleTrustee();
    trustees = [['Single', a.publicKey], ['Single', b.publicKey]];
    keys = [BigInt(a.privateKey), BigInt(b.privateKey)];
    const G = group();
    const y = pointToString(G.add(G.mulG(keys[0]!), G.mulG(keys[1]!)));
    ctx = loadElection(makeElection({ uuid: generateUuid(), name: 'n', description: '', candidates: ['a', 'b'], question: 'q', min: 1, max: 1, publicKey: y }));
  });

  function tallyOf(votes: number[][], weights: number[]) {
    const creds = generateCredentials(ctx.election.uuid, votes.length);
    const t = createTally(ctx);
    votes.forEach((v, i) => {
      const c = checkBallot(ctx, () => weights[i], encryptBallot(ctx, creds.privateCodes[i]!, [v]).ballot);
      if (!c.ok) throw new Error(c.reason);
      t.add(c.ballot, c.weight);
    });
    return t.finish();
  }

  it('needs every Single trustee, counts weights, and names a bad factor', () => {
    const t = tallyOf([[1, 0], [0, 1], [1, 0]], [1, 3, 2]);
    expect(t.totalWeight).toBe(6);
    const pds = keys.map((k, i) => ({ owner: i + 1, pd: partialDecrypt(ctx, t.encryptedTally, k) }));
    expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, pds)).toEqual({ ok: true, result: [[3, 3]] });
    expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, [pds[0]!])).toMatchObject({ ok: false, reason: 'trustee item 2 has no partial decryption' });
    expect(combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, [...pds, { owner: 3, pd: pds[0]!.pd }])).toMatchObject({ ok: false, reason: 'partial decryption from unknown trustee 3' });
    expect(combineResult(ctx, trustees, t.encryptedTally, 2, pds)).toMatchObject({ ok: false, reason: 'question 1, answer 1: no count up to 2' });
    const X = trusteeSlots(trustees)[0]!.publicKey;
    const pd = pds[0]!.pd;
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, pd)).toBeNull();
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_factors: [...pd.decryption_factors, []] })).toBe('wrong shape');
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_proofs: [] })).toBe('wrong shape');
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_factors: [[...pd.decryption_factors[0]!, pd.decryption_factors[0]![0]!]] })).toBe('wrong shape');
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_proofs: [pd.decryption_proofs[0]!.slice(1)] })).toBe('wrong shape');
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_factors: [['0'.repeat(64), pd.decryption_factors[0]![1]!]] })).toBe('question 1, answer 1: factor is not a group element');
    expect(checkPartialDecryption(ctx, t.encryptedTally, X, { ...pd, decryption_factors: [[pd.decryption_factors[0]![1]!, pd.decryption_factors[0]![0]!]] })).toBe('question 1, answer 1: decryption proof fails');
    expect(() => partialDecrypt(ctx, [[{ alpha: '0'.repeat(64), beta: '0'.repeat(64) }]], keys[0]!)).toThrow('group elements');
  });

  it('replaces a weighted ballot by the same credential’s later one', () => {
    const creds = generateCredentials(ctx.election.uuid, 1);
    const t = createTally(ctx);
    for (const v of [[1, 0], [0, 1]]) {
      const c = checkBallot(ctx, () => 4, encryptBallot(ctx, creds.privateCodes[0]!, [v]).ballot);
      if (!c.ok) throw new Error(c.reason);
      t.add(c.ballot, c.weight);
    }
    const out = t.finish();
    const pds = keys.map((k, i) => ({ owner: i + 1, pd: partialDecrypt(ctx, out.encryptedTally, k) }));
    expect(combineResult(ctx, trustees, out.encryptedTally, out.totalWeight, pds)).toEqual({ ok: true, result: [[0, 4]] });
  });
});
