import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { nobleBackend } from './group-noble';
import { enableSodium } from './group-sodium';
import { gPow, group, parsePoint, parseScalar, pointBytes, pointToString, Q, randomScalar, setBackend, type Backend } from './group';

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

  it('checks a point and raises it in one step exactly as fromBytes then mul would', async () => {
    const sodium: Backend = await enableSodium();
    const torsion = ed25519.Point.BASE.multiply(7n).add(ed25519.Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa'));
    const inputs = {
      point: hex(ed25519.Point.BASE.multiply(987654321n)),
      identity: '0'.repeat(63) + '1',
      orderFour: '0'.repeat(64),
      outsideSubgroup: hex(torsion),
      notOnCurve: '0'.repeat(63) + '2',
      notCanonical: '7' + 'f'.repeat(61) + 'ee', // y = p + 1: the identity, written out of range
    };
    for (const B of [nobleBackend, sodium]) {
      setBackend(B);
      const seen = Object.entries(inputs).map(([name, s]) => {
        const k = 1234567n;
        const checked = B.checkedMul(pointBytes(s)!, k);
        const zero = B.checkedMul(pointBytes(s)!, 0n);
        const parsed = parsePoint(s);
        expect(checked === null, `${B.name} ${name}`).toBe(parsed === null);
        expect(zero === null, `${B.name} ${name}, k = 0`).toBe(parsed === null);
        if (checked && parsed) {
          expect(pointToString(checked.point)).toBe(s);
          expect(pointToString(checked.power)).toBe(pointToString(B.mul(parsed, k)));
          expect(pointToString(zero!.power)).toBe(pointToString(B.one));
        }
        return [name, checked ? pointToString(checked.power) : null];
      });
      expect(seen.filter(([, p]) => p !== null).map(([n]) => n)).toEqual(['point', 'identity']);
    }
    setBackend(nobleBackend);
  });

  it('multiplies a fixed base (the election key) through its table with the same results', async () => {
    const sodium: Backend = await enableSodium();
    for (const B of [nobleBackend, sodium]) {
      setBackend(B);
      const y = B.mulG(randomScalar());
      const fixed = B.fixedBase(y);
      const p = B.mulG(randomScalar());
      for (const k of [0n, 1n, 2n, randomScalar(), Q - 1n]) {
        expect(pointToString(B.mul(fixed, k))).toBe(pointToString(B.mul(y, k)));
        expect(pointToString(B.mul2(fixed, k, p, 5n))).toBe(pointToString(B.mul2(y, k, p, 5n)));
      }
      const ks = [0n, 7n, randomScalar(), randomScalar()];
      expect(B.powers(fixed, ks).map(pointToString)).toEqual(ks.map((k) => pointToString(B.mul(y, k))));
      expect(pointToString(gPow(3))).toBe(pointToString(B.mulG(3n)));
      expect(gPow(3)).toBe(gPow(3)); // cached: the shifts of every interval proof
    }
    setBackend(nobleBackend);
  });
});
