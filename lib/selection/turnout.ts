/** Breakdowns of fewer ballots than this are not shown, so a small group's votes cannot be singled out. */
export const MIN_GROUP = 20;

export type CommunityTurnout = { communityId: number; community: string; households: number | null; ballots: number };

export type FoldedTurnout<T extends CommunityTurnout = CommunityTurnout> = {
  /** Communities shown one by one: each has at least MIN_GROUP ballots. */
  shown: (T & { share: number | null })[];
  /** Communities where codes were handed out but that are not shown one by one, and their ballots together. */
  folded: { communities: number; ballots: number };
  /** Communities where no ballot code was issued for this selection: they did not take part. */
  notTakingPart: number;
  /** Resident households of the communities that took part (issued codes). */
  participatingHouseholds: number;
};

/**
 * Turnout as it may be published. Every community is accounted for: shown, folded or not taking part.
 * The folded group's total is itself a breakdown (the overall total minus the shown rows), so when it
 * would be fewer than MIN_GROUP ballots (one small community could then be read off), the smallest
 * shown communities join it until it is not — the usual complementary suppression.
 */
export function foldTurnout<T extends CommunityTurnout>(participating: T[], communitiesInDistrict: number): FoldedTurnout<T> {
  const bySize = [...participating].sort((a, b) => a.ballots - b.ballots || a.communityId - b.communityId);
  let cut = bySize.findIndex((c) => c.ballots >= MIN_GROUP);
  if (cut === -1) cut = bySize.length;
  const sum = (rows: CommunityTurnout[]) => rows.reduce((n, c) => n + c.ballots, 0);
  while (cut > 0 && cut < bySize.length && sum(bySize.slice(0, cut)) < MIN_GROUP) cut++;
  const foldedRows = bySize.slice(0, cut);
  const shownIds = new Set(bySize.slice(cut).map((c) => c.communityId));
  return {
    shown: participating
      .filter((c) => shownIds.has(c.communityId))
      .map((c) => ({ ...c, share: c.households ? c.ballots / c.households : null })),
    folded: { communities: foldedRows.length, ballots: sum(foldedRows) },
    notTakingPart: Math.max(0, communitiesInDistrict - participating.length),
    participatingHouseholds: participating.reduce((n, c) => n + (c.households ?? 0), 0),
  };
}
