import { createHash } from 'node:crypto';

/** Pure counting, shared by publication, the recount page's server twin and `npm run cli -- recount`. */

export type TallyInputCandidate = { id: number; name: string; unit: string; position: string };
export type TallyCandidate = TallyInputCandidate & { votes: number; rank: number; winner: boolean; share: number };
export type Tally = { ballotsCast: number; winners: number; candidates: TallyCandidate[]; tieAtCutoff: boolean; tiedIds: number[] };

/** Votes per candidate id from an iterable of ballots (each a list of candidate ids). */
export function countVotes(ballots: Iterable<readonly number[]>): { ballots: number; votes: Map<number, number> } {
  const votes = new Map<number, number>();
  let n = 0;
  for (const choices of ballots) {
    n++;
    for (const id of choices) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  return { ballots: n, votes };
}

/**
 * Ranks by votes (equal votes share a rank: 1, 2, 2, 4) and marks the winners. When the last winning
 * place is shared, every candidate tied there is flagged and counted as a winner until settled.
 */
export function rankTally(
  candidates: TallyInputCandidate[],
  counted: { ballots: number; votes: Map<number, number> },
  winners: number,
): Tally {
  const rows = candidates.map((c) => ({ ...c, votes: counted.votes.get(c.id) ?? 0 })).sort((a, b) => b.votes - a.votes || a.id - b.id);
  const ranked = rows.map((c) => ({ ...c, rank: 1 + rows.filter((o) => o.votes > c.votes).length }));
  const cutoff = ranked[winners - 1];
  const next = ranked[winners];
  const tieAtCutoff = Boolean(cutoff && next && cutoff.votes === next.votes);
  const tiedIds = tieAtCutoff ? ranked.filter((c) => c.votes === cutoff!.votes).map((c) => c.id) : [];
  return {
    ballotsCast: counted.ballots,
    winners,
    tieAtCutoff,
    tiedIds,
    candidates: ranked.map((c) => ({
      ...c,
      winner: c.rank <= winners,
      share: counted.ballots ? c.votes / counted.ballots : 0,
    })),
  };
}

/** Settles a tie at the cutoff: of the tied candidates, only `chosen` keep their winning place. */
export function settleTie(tally: Tally, chosen: number[]): Tally {
  const keep = new Set(chosen);
  return { ...tally, candidates: tally.candidates.map((c) => (tally.tiedIds.includes(c.id) ? { ...c, winner: keep.has(c.id) } : c)) };
}

/** One line of the published ballot log. Choices sorted, so a line says nothing about the order clicked. */
export const ballotLine = (choices: readonly number[]) => `${JSON.stringify({ choices: [...choices].sort((a, b) => a - b) })}\n`;

/** Reads ballot log lines back; returns null for a line that is not a ballot. */
export function parseBallotLine(line: string): number[] | null {
  try {
    const parsed = JSON.parse(line) as { choices?: unknown };
    return Array.isArray(parsed.choices) && parsed.choices.every((x) => Number.isSafeInteger(x)) ? (parsed.choices as number[]) : null;
  } catch {
    return null;
  }
}

/** The published tally file: the same bytes on every machine, so its fingerprint can be checked. */
export function tallyFile(year: number, tally: Tally): string {
  return `${JSON.stringify(
    {
      year,
      ballotsCast: tally.ballotsCast,
      candidates: tally.candidates.map(({ id, name, unit, votes, rank, winner }) => ({ id, name, unit, votes, rank, winner })),
    },
    null,
    2,
  )}\n`;
}

export const sha256 = () => createHash('sha256');
export const fingerprint = (text: string) => sha256().update(text).digest('hex');

/** Compares a recount with the published tally, candidate by candidate. */
export function compareRecount(
  published: { ballotsCast: number; candidates: { id: number; votes: number }[] },
  recounted: { ballots: number; votes: Map<number, number> },
) {
  const differences = published.candidates
    .map((c) => ({ id: c.id, published: c.votes, recounted: recounted.votes.get(c.id) ?? 0 }))
    .filter((d) => d.published !== d.recounted);
  const known = new Set(published.candidates.map((c) => c.id));
  const unknown = [...recounted.votes.keys()].filter((id) => !known.has(id));
  return {
    matches: differences.length === 0 && unknown.length === 0 && published.ballotsCast === recounted.ballots,
    differences,
    unknown,
    ballots: { published: published.ballotsCast, recounted: recounted.ballots },
  };
}
