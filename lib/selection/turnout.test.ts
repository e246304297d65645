import { describe, expect, it } from 'vitest';
import { foldTurnout, MIN_GROUP, type CommunityTurnout } from './turnout';

const row = (communityId: number, ballots: number, households: number | null = 1000): CommunityTurnout => ({
  communityId,
  community: `C${communityId}`,
  households,
  ballots,
});

describe('foldTurnout', () => {
  it('accounts for every community: shown, folded or not taking part', () => {
    const out = foldTurnout([row(1, 48), row(2, 25), row(3, 3), row(4, 0), row(5, 30)], 60);
    expect(out.shown.map((c) => c.communityId)).toEqual([1, 5]);
    // 3 + 0 is under MIN_GROUP, so the smallest shown community (25) joins the folded group.
    expect(out.folded).toEqual({ communities: 3, ballots: 28 });
    expect(out.shown.length + out.folded.communities + out.notTakingPart).toBe(60);
  });

  it('never leaves a folded total that singles out fewer than MIN_GROUP ballots', () => {
    for (const ballots of [
      [5, 40, 41],
      [19, 20],
      [1, 2, 3, 30, 31],
      [0, 0, 25, 26, 27],
    ]) {
      const out = foldTurnout(
        ballots.map((b, i) => row(i + 1, b)),
        10,
      );
      expect(out.folded.ballots === 0 || out.folded.ballots >= MIN_GROUP).toBe(true);
      expect(out.shown.every((c) => c.ballots >= MIN_GROUP)).toBe(true);
      expect(out.folded.ballots + out.shown.reduce((n, c) => n + c.ballots, 0)).toBe(ballots.reduce((a, b) => a + b, 0));
    }
  });

  it('folds everything when even all communities together stay under MIN_GROUP', () => {
    const out = foldTurnout([row(1, 4), row(2, 6)], 2);
    expect(out.shown).toEqual([]);
    expect(out.folded).toEqual({ communities: 2, ballots: 10 });
  });

  it('shows all when none is small, keeps the order given, and counts households of those taking part', () => {
    const out = foldTurnout([row(2, 30, 3000), row(1, 20, null)], 5);
    expect(out.shown.map((c) => [c.communityId, c.share])).toEqual([
      [2, 0.01],
      [1, null],
    ]);
    expect(out.folded).toEqual({ communities: 0, ballots: 0 });
    expect(out.notTakingPart).toBe(3);
    expect(out.participatingHouseholds).toBe(3000);
  });
});
