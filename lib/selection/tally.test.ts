import { describe, expect, it } from 'vitest';
import { ballotLine, compareRecount, countVotes, fingerprint, parseBallotLine, rankTally, settleTie, tallyFile } from './tally';

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

  it('ranks whatever order the candidates come in: by votes, then by id, never by input order', () => {
    const scrambled = [5, 3, 1, 4, 2].map((id) => people[id - 1]!);
    const tally = rankTally(scrambled, countVotes([[1, 2], [1, 3], [1], [2, 3, 4]]), 2);
    expect(tally.candidates.map((c) => [c.id, c.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 4],
      [5, 5],
    ]);
    expect(tally.tiedIds).toEqual([2, 3]);
    expect(tally.candidates.filter((c) => c.winner).map((c) => c.id)).toEqual([1, 2, 3]);
    // Equal votes list the lower id first even when the higher one is given first.
    const pair = rankTally([people[3]!, people[1]!], countVotes([[2, 4]]), 1);
    expect(pair.candidates.map((c) => c.id)).toEqual([2, 4]);
    expect(pair.tiedIds).toEqual([2, 4]);
  });

  it('a tie below the last winning place is no tie at the cutoff; more places than candidates elect everyone', () => {
    const below = rankTally(people, countVotes([[1, 2, 3], [1, 2], [1]]), 1);
    expect(below).toMatchObject({ tieAtCutoff: false, tiedIds: [] });
    expect(below.candidates.filter((c) => c.winner).map((c) => c.id)).toEqual([1]);
    const few = rankTally(people.slice(0, 2), countVotes([[1]]), 5);
    expect(few).toMatchObject({ tieAtCutoff: false, tiedIds: [], winners: 5 });
    expect(few.candidates.map((c) => [c.id, c.winner, c.share])).toEqual([
      [1, true, 1],
      [2, true, 0],
    ]);
    expect(rankTally(people.slice(0, 1), countVotes([]), 1).candidates[0]).toMatchObject({ votes: 0, share: 0, rank: 1 });
  });

  it('settling a tie touches only the tied candidates', () => {
    const tally = rankTally(people, countVotes([[1, 2], [1, 3], [1], [2, 3, 4]]), 2);
    const settled = settleTie(tally, [2]);
    expect(settled.candidates.map((c) => [c.id, c.winner])).toEqual([
      [1, true],
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    expect(settled.tiedIds).toEqual([2, 3]);
  });

  it('the tally file is the same bytes for the same tally', () => {
    const tally = rankTally(people.slice(0, 2), countVotes([[2], [1, 2]]), 1);
    expect(tallyFile(2026, tally)).toBe(
      `${JSON.stringify(
        {
          year: 2026,
          ballotsCast: 2,
          candidates: [
            { id: 2, name: '候选人2', unit: '社区', votes: 2, rank: 1, winner: true },
            { id: 1, name: '候选人1', unit: '社区', votes: 1, rank: 2, winner: false },
          ],
        },
        null,
        2,
      )}\n`,
    );
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('a recount with an unknown candidate or another ballot count does not match', () => {
    const published = { ballotsCast: 1, candidates: [{ id: 1, votes: 1 }] };
    expect(compareRecount(published, countVotes([[1]]))).toMatchObject({ matches: true, unknown: [], differences: [] });
    expect(compareRecount(published, countVotes([[1, 9]]))).toMatchObject({ matches: false, unknown: [9] });
    expect(compareRecount(published, { ballots: 2, votes: new Map([[1, 1]]) })).toMatchObject({
      matches: false,
      ballots: { published: 1, recounted: 2 },
    });
    expect(parseBallotLine('{"choices":[1,"x"]}')).toBeNull();
    expect(parseBallotLine('{"other":[1]}')).toBeNull();
    expect(parseBallotLine('{"choices":[1.5]}')).toBeNull();
    expect(parseBallotLine('{"choices":[]}')).toEqual([]);
  });
});
