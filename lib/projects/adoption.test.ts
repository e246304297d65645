import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptByVotes, adoptedByDeputies, ballotProblem, type BallotProject } from './adoption';

const outcomes = (r: ReturnType<typeof adoptByVotes>) => Object.fromEntries(r.lines.map((l) => [l.id, l.outcome]));

describe('residents’ rule: most-voted projects that fit the budget, in order of votes', () => {
  it('takes projects by votes and passes over one that no longer fits (budget 100)', () => {
    // 1: 40 votes, cost 60 → adopted, 40 left. 2: 30 votes, cost 50 → does not fit. 3: 20 votes, cost 30 → adopted, 10 left.
    // 4: 10 votes, cost 10 → adopted, 0 left. 5: 0 votes → never.
    const r = adoptByVotes(
      [
        { id: 3, cost: 30, votes: 20 },
        { id: 1, cost: 60, votes: 40 },
        { id: 5, cost: 1, votes: 0 },
        { id: 2, cost: 50, votes: 30 },
        { id: 4, cost: 10, votes: 10 },
      ],
      100,
    );
    expect(outcomes(r)).toEqual({ 1: 'adopted', 2: 'over_budget', 3: 'adopted', 4: 'adopted', 5: 'no_votes' });
    expect(r.lines.map((l) => l.id)).toEqual([1, 2, 3, 4, 5]);
    expect(r).toMatchObject({ spent: 100, remaining: 0, tie: null });
  });

  it('adopts a whole tie that fits, and passes over a whole tie that does not', () => {
    const r = adoptByVotes(
      [
        { id: 1, cost: 40, votes: 9 },
        { id: 2, cost: 40, votes: 9 },
        { id: 3, cost: 30, votes: 5 },
        { id: 4, cost: 30, votes: 5 },
        { id: 5, cost: 20, votes: 2 },
      ],
      100,
    );
    // 80 spent on the 9-vote tie; neither 30 fits in 20; the 20 does.
    expect(outcomes(r)).toEqual({ 1: 'adopted', 2: 'adopted', 3: 'over_budget', 4: 'over_budget', 5: 'adopted' });
    expect(r.remaining).toBe(0);
  });

  it('stops at a tie the budget cannot hold, and goes on once the organizer settles it', () => {
    const projects: BallotProject[] = [
      { id: 1, cost: 50, votes: 10 },
      { id: 2, cost: 30, votes: 7 },
      { id: 3, cost: 30, votes: 7 },
      { id: 4, cost: 10, votes: 3 },
    ];
    const open = adoptByVotes(projects, 100);
    expect(outcomes(open)).toEqual({ 1: 'adopted', 2: 'tied', 3: 'tied', 4: 'pending' });
    expect(open.tie).toEqual({ votes: 7, ids: [2, 3], remaining: 50 });
    const settled = adoptByVotes(projects, 100, { 7: [3] });
    expect(outcomes(settled)).toEqual({ 1: 'adopted', 2: 'over_budget', 3: 'adopted', 4: 'adopted' });
    expect(settled).toMatchObject({ spent: 90, tie: null });
    // A settlement over the budget left, or naming a project outside the tie, settles nothing.
    expect(adoptByVotes(projects, 100, { 7: [2, 3] }).tie).not.toBeNull();
    expect(adoptByVotes(projects, 100, { 7: [4] }).tie).not.toBeNull();
  });

  const project = fc.record({ cost: fc.integer({ min: 1, max: 60 }), votes: fc.integer({ min: 0, max: 8 }) });
  const instance = fc.tuple(fc.array(project, { maxLength: 12 }), fc.integer({ min: 0, max: 150 }));

  it('property: never over budget, independent of input order, and nothing passed over could still fit', () => {
    fc.assert(
      fc.property(instance, fc.nat(), ([list, budget], seed) => {
        const projects = list.map((p, k) => ({ ...p, id: k + 1 }));
        const r = adoptByVotes(projects, budget);
        const adopted = r.lines.filter((l) => l.outcome === 'adopted');
        expect(adopted.reduce((s, l) => s + l.cost, 0)).toBe(r.spent);
        expect(r.spent).toBeLessThanOrEqual(budget);
        const shuffled = [...projects].sort((a, b) => ((a.id * 7919 + seed) % 13) - ((b.id * 7919 + seed) % 13));
        expect(adoptByVotes(shuffled, budget)).toEqual(r);
        for (const line of r.lines) {
          const above = r.lines.filter((l) => l.votes > line.votes);
          if (line.outcome === 'adopted') expect(above.every((l) => l.outcome === 'adopted' || l.outcome === 'over_budget')).toBe(true);
          if (line.outcome === 'over_budget') {
            const spentAbove = above.filter((l) => l.outcome === 'adopted').reduce((s, l) => s + l.cost, 0);
            expect(line.cost).toBeGreaterThan(budget - spentAbove);
            expect(line.cost).toBeGreaterThan(r.remaining);
          }
          if (line.outcome === 'no_votes') expect(line.votes).toBe(0);
          if (line.outcome === 'pending') expect(r.tie && line.votes < r.tie.votes).toBe(true);
        }
        if (r.tie) {
          const members = r.lines.filter((l) => l.outcome === 'tied');
          expect(members.length).toBeGreaterThanOrEqual(2);
          expect(members.reduce((s, l) => s + l.cost, 0)).toBeGreaterThan(r.tie.remaining);
          expect(members.some((l) => l.cost <= r.tie!.remaining)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('deputies’ rule: more than half of the call’s deputies vote for', () => {
  it('needs a majority of all deputies, not of those who voted', () => {
    expect(adoptedByDeputies(5, 9)).toBe(true);
    expect(adoptedByDeputies(4, 9)).toBe(false);
    expect(adoptedByDeputies(5, 10)).toBe(false);
    expect(adoptedByDeputies(6, 10)).toBe(true);
    expect(adoptedByDeputies(0, 0)).toBe(false);
  });
});

describe('a residents’ ballot', () => {
  const ballot = [
    { id: 1, cost: 60 },
    { id: 2, cost: 50 },
    { id: 3, cost: 30 },
  ];
  const rule = { budget: 100, maxChoices: 2 };
  it('refuses an empty, duplicate, too long, foreign or over-budget choice', () => {
    expect(ballotProblem([], ballot, rule)).toBe('empty');
    expect(ballotProblem([1, 1], ballot, rule)).toBe('duplicate');
    expect(ballotProblem([1, 2, 3], ballot, { budget: 1000, maxChoices: 2 })).toBe('tooMany');
    expect(ballotProblem([9], ballot, rule)).toBe('notOnBallot');
    expect(ballotProblem([1, 2], ballot, rule)).toBe('overBudget');
    expect(ballotProblem([1, 3], ballot, rule)).toBeNull();
  });
});
