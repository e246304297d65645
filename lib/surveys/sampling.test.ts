import { describe, expect, it } from 'vitest';
import { drawCommunity, registerFingerprint, sampleSize, seedCommitment, seedMatches, sha256, verifySampleFile } from './sampling';
import { marginOfError, responseScore } from './stats';

const register = Array.from({ length: 95 }, (_, i) => sha256(`household-${i}`));

describe('sampling anyone can check', () => {
  it('gives the same sample for the same seed, whatever the register order', () => {
    const a = drawCommunity('seed-2026', 7, register, 10);
    const b = drawCommunity('seed-2026', 7, [...register].reverse(), 10);
    expect(a).toHaveLength(10); // ceil(95 × 10%) = 10
    expect(b).toEqual(a);
  });

  it('gives a different sample for another seed or another community', () => {
    const a = drawCommunity('seed-2026', 7, register, 10);
    expect(drawCommunity('seed-2027', 7, register, 10)).not.toEqual(a);
    expect(drawCommunity('seed-2026', 8, register, 10)).not.toEqual(a);
  });

  it('follows the published recipe literally', () => {
    const rank = (h: string) => sha256(`s|3|${h}`);
    const byHand = [...register].sort((x, y) => (rank(x) < rank(y) ? -1 : 1)).slice(0, 3);
    expect(drawCommunity('s', 3, register, 3)).toEqual(byHand);
  });

  it('rounds the sample size up, never beyond the register', () => {
    expect([sampleSize(0, 10), sampleSize(1, 10), sampleSize(100, 10), sampleSize(101, 10), sampleSize(5, 300)]).toEqual([0, 1, 10, 11, 5]);
  });

  it('checks the revealed seed against the commitment', () => {
    const hash = seedCommitment('open sesame');
    // the same value as `printf 'open sesame' | sha256sum`
    expect(hash).toBe('41ef4bb0b23661e66301aac36066912dac037827b4ae63a7b1165a5aa93ed4eb');
    expect(seedMatches('open sesame', hash)).toBe(true);
    expect(seedMatches('open sesame!', hash)).toBe(false);
  });

  it('verifies a published file and catches a changed sample or seed', () => {
    const file = {
      survey: { id: 1, name: 't', year: 2026, samplePercent: 10 },
      seedHash: seedCommitment('k'),
      seed: 'k',
      registerHash: registerFingerprint(register.map((idHash) => ({ communityId: 7, idHash }))),
      recipe: '',
      communities: [{ communityId: 7, register, sampled: drawCommunity('k', 7, register, 10) }],
    };
    expect(verifySampleFile(file)).toEqual({ ok: true, problems: [] });
    const swapped = {
      ...file,
      communities: [{ ...file.communities[0]!, sampled: [register[0]!, ...file.communities[0]!.sampled.slice(1)] }],
    };
    expect(verifySampleFile(swapped).ok).toBe(false);
    expect(verifySampleFile({ ...file, seed: 'other' }).problems[0]).toMatch(/does not match/);
  });
});

describe('scores and margin of error', () => {
  it('maps levels 1..5 to 0..100 and averages them', () => {
    expect(responseScore({ a: 5, b: 4, c: 3 })).toBe(75); // (100 + 75 + 50) / 3
  });

  it('computes the 95% margin with the finite population correction, by hand', () => {
    // scores 50, 75, 100: mean 75, s = 25; n = 3, N = 10: 1.96 × 25 / √3 × √(7/9) = 24.95
    expect(marginOfError([50, 75, 100], 10)).toBeCloseTo((1.96 * 25 * Math.sqrt(7 / 9)) / Math.sqrt(3), 10);
    expect(marginOfError([50, 75, 100], 10)).toBeCloseTo(24.95, 2);
    // the whole population answered: no sampling error left
    expect(marginOfError([50, 75, 100], 3)).toBe(0);
    expect(marginOfError([80], 10)).toBeNull();
  });
});
