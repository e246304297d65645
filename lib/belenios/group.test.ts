import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { nobleBackend } from './group-noble';
import { enableSodium } from './group-sodium';
import { group, parsePoint, parseScalar, pointToString, Q, randomScalar, setBackend, type Backend } from './group';

const hex = (p: InstanceType<typeof ed25519.Point>) => Buffer.from(p.toBytes()).reverse().toString('hex');

describe('the Ed25519 group as Belenios encodes it', () => {
  it('writes points as the compressed number in big-endian hex (RFC 8032 bytes reversed)', () => {
    setBackend(nobleBackend);
    expect(pointToString(group().g)).toBe(hex(ed25519.Point.BASE));
    // g's y = 4/5: 0x6666…6658, x even, so the top bit is clear.
    expect(pointToString(group().g)).toBe('6666666666666666666666666666666666666666666666666666666666666658');
    expect(pointToString(group().one)).toBe('0'.repeat(63) + '1');
  });

  it('accepts the identity and subgroup points, refuses everything else', () => {
    setBackend(nobleBackend);
    expect(parsePoint('0'.repeat(63) + '1')).not.toBeNull();
    expect(parsePoint('6666666666666666666666666666666666666666666666666666666666666658')).not.toBeNull();
    const three = pointToString(group().mulG(3n));
    expect(three).toMatch(/[a-f]/);
    expect(parsePoint(three.toUpperCase())).toBeNull();
    expect(parsePoint('0'.repeat(64))).toBeNull(); // a point of order 4
    const torsion = ed25519.Point.BASE.add(ed25519.Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'));
    expect(parsePoint(hex(torsion))).toBeNull(); // on the curve, outside the prime-order subgroup
    expect(parsePoint('f'.repeat(64))).toBeNull();
    expect(parseScalar((Q - 1n).toString())).toBe(Q - 1n);
    expect(parseScalar(Q.toString())).toBeNull();
    expect(parseScalar('012')).toBeNull();
    expect(parseScalar('-1')).toBeNull();
  });

  it('gives the same answers with noble and libsodium', async () => {
    const sodium: Backend = await enableSodium();
    const results = [nobleBackend, sodium].map((B) => {
      setBackend(B);
      const a = 123456789n;
      const p = B.mulG(a);
      const r = B.mul(p, Q - 2n);
      return [p, r, B.add(p, r), B.sub(p, r), B.mul2(p, 5n, r, 7n), B.mul(B.one, 9n), B.mul(p, 0n), B.mulG(0n)].map(pointToString);
    });
    expect(results[0]).toEqual(results[1]);
    for (const B of [nobleBackend, sodium]) {
      setBackend(B);
      const k = randomScalar();
      expect(B.eq(B.mul(B.g, k), B.mulG(k))).toBe(true);
      expect(parsePoint('0'.repeat(64))).toBeNull();
      expect(parsePoint('0'.repeat(63) + '1')).not.toBeNull();
    }
    setBackend(nobleBackend);
  });
});
