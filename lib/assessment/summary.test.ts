import { describe, expect, it } from 'vitest';
import { changes, gradeCounts, meanByUnit, scoreBands } from './summary';

const row = (officialId: number, composite: number, grade: 'excellent' | 'competent' | 'basic' | 'incompetent', unitPath = '/1/2/') => ({
  officialId,
  composite,
  grade,
  unitPath,
});

describe('dashboard summaries', () => {
  const rows = [row(1, 95, 'excellent'), row(2, 80, 'competent', '/1/3/'), row(3, 45.5, 'incompetent', '/1/3/9/'), row(4, 90, 'competent')];

  it('counts grades and bands composites', () => {
    expect(gradeCounts(rows)).toEqual({ excellent: 1, competent: 2, basic: 0, incompetent: 1 });
    expect(scoreBands(rows).map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 2]);
    expect(scoreBands(rows).map((b) => b.label)[5]).toBe('90–100');
  });

  it('gives the change from the previous cycle for officials scored in both, largest rise first', () => {
    const previous = new Map([
      [1, { composite: 90 }],
      [3, { composite: 50.25 }],
      [4, { composite: 88.5 }],
    ]);
    expect(changes(rows, previous).map((c) => [c.officialId, c.delta])).toEqual([
      [1, 5],
      [4, 1.5],
      [3, -4.75],
    ]);
  });

  it('averages by unit subtree', () => {
    expect(
      meanByUnit(rows, [
        { id: 3, name: 'B', path: '/1/3/' },
        { id: 7, name: 'empty', path: '/1/7/' },
      ]),
    ).toEqual([{ id: 3, name: 'B', path: '/1/3/', officials: 2, mean: 62.75 }]);
  });
});
