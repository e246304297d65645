import { describe, expect, it } from 'vitest';
import { aggregateForms } from './aggregate';
import { gradeOfKey, readGrid } from './grid';

describe('paper entry grid', () => {
  it('reads 1–4, A–D (either case) and the first character of a grade', () => {
    expect(['1', 'a', 'A', '优'].map(gradeOfKey)).toEqual(['excellent', 'excellent', 'excellent', 'excellent']);
    expect(['2', 'b', '3', 'c', '4', 'd', '不'].map(gradeOfKey)).toEqual([
      'competent',
      'competent',
      'basic',
      'basic',
      'incompetent',
      'incompetent',
      'incompetent',
    ]);
    expect(['5', 'E', '', '0'].map(gradeOfKey)).toEqual([null, null, null, null]);
  });

  it('skips wholly blank rows and names every bad cell, keeping no form when any is bad', () => {
    const ok = readGrid(['1', '2', '3', '4', 'a', '', '', '', '', '', 'b', 'b', 'b', 'b', 'b']);
    expect(ok.errors).toEqual([]);
    expect(ok.forms).toHaveLength(2);
    expect(ok.forms[0]).toEqual({
      morality: 'excellent',
      ability: 'competent',
      diligence: 'basic',
      achievement: 'incompetent',
      integrity: 'excellent',
    });

    const bad = readGrid(['1', '1', '1', '1', '1', '2', '7', '', '2', '2']);
    expect(bad.forms).toEqual([]);
    expect(bad.errors).toEqual([
      { row: 2, dimension: 'ability', value: '7' },
      { row: 2, dimension: 'diligence', value: '' },
    ]);
  });
});

describe('aggregation of forms', () => {
  it('counts grades per dimension and scores them as worked by hand', () => {
    // Three forms. 德: 优 优 称 → (100+100+75)/3 = 91.67; 能: 称 称 基 → 66.67; 勤: 优 基 不 → 50;
    // 绩: 称 称 称 → 75; 廉: 优 优 优 → 100. Overall: (91.667+66.667+50+75+100)/5 = 76.67.
    const { forms } = readGrid(['1', '2', '1', '2', '1', '1', '2', '3', '2', '1', '2', '3', '4', '2', '1']);
    const agg = aggregateForms(forms);
    expect(agg.forms).toBe(3);
    expect(agg.counts.morality).toEqual({ excellent: 2, competent: 1, basic: 0, incompetent: 0 });
    expect(agg.counts.diligence).toEqual({ excellent: 1, competent: 0, basic: 1, incompetent: 1 });
    expect(agg.byDimension.morality).toBeCloseTo(91.667, 2);
    expect(agg.byDimension.ability).toBeCloseTo(66.667, 2);
    expect(agg.byDimension.diligence).toBe(50);
    expect(agg.byDimension.achievement).toBe(75);
    expect(agg.byDimension.integrity).toBe(100);
    expect(agg.score).toBeCloseTo(76.667, 2);
  });

  it('has no score without forms', () => {
    expect(aggregateForms([])).toMatchObject({ forms: 0, score: null, byDimension: { morality: null } });
  });
});
