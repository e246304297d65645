import { describe, expect, it } from 'vitest';
import { ballotLine, compareRecount, countVotes, parseBallotLine, rankTally, settleTie } from './tally';

const people = [1, 2, 3, 4, 5].map((id) => ({ id, name: `候选人${id}`, unit: '社区', position: '主任' }));

describe('tally', () => {
  it('counts, ranks with shared ranks, and marks the winners (hand-worked)', () => {
    // 1: 3 votes, 2: 2, 3: 2, 4: 1, 5: 0
    const counted = countVotes([[1, 2], [1, 3], [1], [2, 3, 4]]);
    const tally = rankTally(people, counted, 2);
    expect(tally.ballotsCast).toBe(4);
    expect(tally.candidates.map((c) => [c.id, c.votes, c.rank, c.winner])).toEqual([
      [1, 3, 1, true],
      [2, 2, 2, true],
      [3, 2, 2, true],
      [4, 1, 4, false],
      [5, 0, 5, false],
    ]);
    expect(tally.tieAtCutoff).toBe(true);
    expect(tally.tiedIds).toEqual([2, 3]);
    expect(tally.candidates[0]!.share).toBe(0.75);
  });

  it('a settled tie keeps only the chosen candidates as winners', () => {
    const tally = settleTie(rankTally(people, countVotes([[1, 2], [1, 3], [1], [2, 3, 4]]), 2), [3]);
    expect(tally.candidates.filter((c) => c.winner).map((c) => c.id)).toEqual([1, 3]);
  });

  it('no tie when the cutoff is clear', () => {
    const tally = rankTally(
      people,
      countVotes([
        [1, 2],
        [1, 2],
        [1, 3],
      ]),
      2,
    );
    expect(tally.tieAtCutoff).toBe(false);
    expect(tally.candidates.filter((c) => c.winner).map((c) => c.id)).toEqual([1, 2]);
  });

  it('ballot lines round-trip with sorted choices; a recount matches, an altered one does not', () => {
    const ballots = [[3, 1], [2], [1, 2, 3]];
    const lines = ballots.map(ballotLine);
    expect(lines[0]).toBe('{"choices":[1,3]}\n');
    const published = {
      ballotsCast: 3,
      candidates: [
        { id: 1, votes: 2 },
        { id: 2, votes: 2 },
        { id: 3, votes: 2 },
      ],
    };
    expect(compareRecount(published, countVotes(lines.map((l) => parseBallotLine(l)!))).matches).toBe(true);
    const altered = [...lines];
    altered[1] = '{"choices":[3]}\n';
    const result = compareRecount(published, countVotes(altered.map((l) => parseBallotLine(l)!)));
    expect(result.matches).toBe(false);
    expect(result.differences).toEqual([
      { id: 2, published: 2, recounted: 1 },
      { id: 3, published: 2, recounted: 3 },
    ]);
    expect(parseBallotLine('nonsense')).toBeNull();
  });
});
