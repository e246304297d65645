import { describe, expect, it } from 'vitest';
import { validateConfig } from './config';
import {
  competitionRanks,
  excellentCap,
  normalize,
  residentsShare,
  round2,
  scoreCycle,
  type CycleConfig,
  type OfficialInput,
} from './scoring';

const thresholds = { excellent: 90, competent: 75, basic: 60 };
const config: CycleConfig = {
  indicators: [
    { code: 'survey', weight: 60, source: 'residents_survey', normalization: { kind: 'identity' } },
    { code: 'insp', weight: 40, source: 'inspection', normalization: { kind: 'linear', min: 1, max: 5 } },
  ],
  residentsFloor: 40,
  thresholds,
  excellentCapPercent: 50,
};
const official = (officialId: number, raw: OfficialInput['raw'], extra: Partial<OfficialInput> = {}): OfficialInput => ({
  officialId,
  level: 'community',
  raw,
  vetoed: false,
  ...extra,
});

describe('normalizations', () => {
  it('clamps linear min–max, keeps identity within 0–100, and handles a reversed range (lower is better)', () => {
    expect(normalize(4, { kind: 'linear', min: 1, max: 5 })).toBe(75);
    expect(normalize(7, { kind: 'linear', min: 1, max: 5 })).toBe(100);
    expect(normalize(0, { kind: 'linear', min: 1, max: 5 })).toBe(0);
    expect(normalize(10, { kind: 'linear', min: 40, max: 0 })).toBe(75);
    expect(normalize(104, { kind: 'identity' })).toBe(100);
    expect(normalize(-3, { kind: 'identity' })).toBe(0);
  });

  it('gives rank percentiles with ties sharing the middle: 10, 20, 20, 30 → 0, 50, 50, 100', () => {
    const result = scoreCycle({ ...config, indicators: [{ code: 'r', weight: 100, source: 'manual', normalization: { kind: 'rank' } }] }, [
      official(1, { r: 10 }),
      official(2, { r: 20 }),
      official(3, { r: 20 }),
      official(4, { r: 30 }),
    ]);
    expect(result.scored.map((s) => s.indicators.r!.normalized)).toEqual([0, 50, 50, 100]);
  });

  it('rounds half away from zero at 2 decimals', () => {
    expect(round2(90.555)).toBe(90.56);
    expect(round2(54.336)).toBe(54.34);
    expect(round2(1.005)).toBe(1.01);
  });
});

describe('scoreCycle', () => {
  it('weights normalized scores into a composite that is exactly the sum of its displayed parts', () => {
    const { scored, unscored } = scoreCycle(config, [
      official(1, { survey: 80, insp: 4 }, { n: { survey: 120, insp: 3 } }),
      official(2, { survey: 90.555, insp: 5 }),
    ]);
    expect(unscored).toEqual([]);
    expect(scored[0]).toMatchObject({
      composite: 78,
      indicators: {
        survey: { raw: 80, normalized: 80, weight: 60, weighted: 48, n: 120 },
        insp: { raw: 4, normalized: 75, weight: 40, weighted: 30, n: 3 },
      },
      missing: [],
    });
    expect(scored[1]!.indicators.survey).toMatchObject({ normalized: 90.56, weighted: 54.34 });
    expect(scored[1]!.composite).toBe(94.34);
    for (const s of scored)
      expect(Object.values(s.indicators).reduce((sum, i) => sum + Math.round(i.weighted * 100), 0) / 100).toBe(s.composite);
  });

  it('shares a missing indicator’s weight among the others and leaves an official with no data unscored', () => {
    const { scored, unscored } = scoreCycle(config, [official(1, { survey: 70 }), official(2, { survey: null }), official(3, { insp: 3 })]);
    expect(unscored).toEqual([2]);
    expect(scored[0]).toMatchObject({ composite: 70, missing: ['insp'], indicators: { survey: { weight: 100, weighted: 70 } } });
    expect(scored[1]).toMatchObject({ composite: 50, missing: ['survey'], indicators: { insp: { weight: 100, normalized: 50 } } });
  });

  it('ranks ties together (1, 1, 3) in the district and within each unit level', () => {
    expect(competitionRanks([95, 95, 90])).toEqual([1, 1, 3]);
    const { scored } = scoreCycle(config, [
      official(1, { survey: 95 }),
      official(2, { survey: 95 }, { level: 'street' }),
      official(3, { survey: 90 }),
      official(4, { survey: 80 }, { level: 'street' }),
    ]);
    expect(scored.map((s) => [s.rankInDistrict, s.rankInLevel])).toEqual([
      [1, 1],
      [1, 1],
      [3, 2],
      [4, 2],
    ]);
  });

  it('grades by thresholds, and a veto bars 优秀 (the official drops to 称职) but not lower grades', () => {
    const { scored } = scoreCycle({ ...config, excellentCapPercent: 100 }, [
      official(1, { survey: 95 }, { vetoed: true }),
      official(2, { survey: 92 }),
      official(3, { survey: 75 }),
      official(4, { survey: 60 }, { vetoed: true }),
      official(5, { survey: 59.99 }),
    ]);
    expect(scored.map((s) => s.grade)).toEqual(['competent', 'excellent', 'competent', 'basic', 'incompetent']);
    expect(scored[0]!.vetoed).toBe(true);
  });

  it('caps 优秀 at floor(cap% × n) and gives it to nobody in a tie that would cross the cap', () => {
    const ten = (tops: number[]) =>
      [...tops, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80].slice(0, 10).map((v, k) => official(k + 1, { survey: v }));
    expect(excellentCap(15, 10)).toBe(1);
    // 15% of 10 → 1 place: a clear winner takes it, the next above the threshold is 称职.
    let result = scoreCycle({ ...config, excellentCapPercent: 15 }, ten([97, 95]));
    expect(result.cap).toBe(1);
    expect(result.scored.slice(0, 3).map((s) => s.grade)).toEqual(['excellent', 'competent', 'competent']);
    // Two tied at the top for 1 place: neither.
    result = scoreCycle({ ...config, excellentCapPercent: 15 }, ten([95, 95]));
    expect(result.scored.slice(0, 2).map((s) => s.grade)).toEqual(['competent', 'competent']);
    // 20% → 2 places: the tie fits.
    result = scoreCycle({ ...config, excellentCapPercent: 20 }, ten([95, 95, 93]));
    expect(result.scored.slice(0, 3).map((s) => s.grade)).toEqual(['excellent', 'excellent', 'competent']);
  });

  it('gives the same result whatever order the officials come in', () => {
    const input = [official(3, { survey: 80, insp: 2 }), official(1, { survey: 95 }), official(2, { survey: 70, insp: 5 })];
    expect(scoreCycle(config, input)).toEqual(scoreCycle(config, [...input].reverse()));
  });
});

describe('validateConfig', () => {
  it('accepts a sound configuration', () => {
    expect(validateConfig(config)).toEqual([]);
    expect(validateConfig({ ...config, indicators: [{ ...config.indicators[0]!, weight: 59.9995 }, config.indicators[1]!] })).toEqual([]);
  });

  it('refuses weights that do not sum to 100, non-positive weights, a low residents’ share, disordered thresholds and a bad cap', () => {
    const bad: CycleConfig = {
      indicators: [
        { code: 'survey', weight: 30, source: 'residents_survey', normalization: { kind: 'identity' } },
        { code: 'insp', weight: 60, source: 'inspection', normalization: { kind: 'linear', min: 3, max: 3 } },
        { code: 'zero', weight: 0, source: 'manual', normalization: { kind: 'identity' } },
      ],
      residentsFloor: 40,
      thresholds: { excellent: 70, competent: 75, basic: 60 },
      excellentCapPercent: 120,
    };
    expect(validateConfig(bad)).toEqual([
      { key: 'linearRange', values: { code: 'insp' } },
      { key: 'weightPositive', values: { code: 'zero' } },
      { key: 'weightSum', values: { sum: 90 } },
      { key: 'residentsFloor', values: { share: 30, floor: 40 } },
      { key: 'thresholdsOrder' },
      { key: 'capRange' },
    ]);
    expect(validateConfig({ ...config, indicators: [] })).toEqual([{ key: 'noIndicators' }]);
  });

  it('counts survey and review-meeting indicators together toward the residents’ floor', () => {
    const split: CycleConfig = {
      ...config,
      residentsFloor: 50,
      indicators: [
        { code: 's', weight: 25, source: 'residents_survey', normalization: { kind: 'identity' } },
        { code: 'r', weight: 25, source: 'residents_review', normalization: { kind: 'identity' } },
        { code: 'q', weight: 50, source: 'requests', normalization: { kind: 'identity' } },
      ],
    };
    expect(validateConfig(split)).toEqual([]);
    expect(validateConfig({ ...split, residentsFloor: 50.5 })).toEqual([{ key: 'residentsFloor', values: { share: 50, floor: 50.5 } }]);
  });
});

describe('configuration messages', () => {
  it('has a message for every problem in both languages, naming the figures', async () => {
    const { catalogs } = await import('@/lib/i18n/catalogs');
    const keys = [
      'noIndicators',
      'duplicateCode',
      'weightPositive',
      'linearRange',
      'weightSum',
      'residentsFloor',
      'floorRange',
      'thresholdsOrder',
      'capRange',
    ];
    for (const locale of ['zh-CN', 'en'] as const) {
      const config = (catalogs[locale].assessment as { config: Record<string, string> }).config;
      for (const key of keys) expect(config[key], `${locale} ${key}`).toBeTruthy();
      expect(config.weightSum).toContain('{sum}');
      expect(config.residentsFloor).toContain('{share}');
      expect(config.residentsFloor).toContain('{floor}');
    }
  });
});

describe('residents’ floor per official', () => {
  // Survey 30 + review 20 = 50% residents' evaluation in the configuration; floor 40%; no cap in the way.
  const floorConfig: CycleConfig = {
    indicators: [
      { code: 'survey', weight: 30, source: 'residents_survey', normalization: { kind: 'identity' } },
      { code: 'review', weight: 20, source: 'residents_review', normalization: { kind: 'identity' } },
      { code: 'insp', weight: 40, source: 'inspection', normalization: { kind: 'linear', min: 1, max: 5 } },
      { code: 'extra', weight: 10, source: 'manual', normalization: { kind: 'identity' } },
    ],
    residentsFloor: 40,
    thresholds,
    excellentCapPercent: 100,
  };
  const inputs = [
    official(1, { survey: 95, review: 95, insp: 5, extra: 100 }),
    official(2, { review: 95, insp: 5, extra: 100 }), // no survey
    official(3, { survey: 95, insp: 5, extra: 100 }), // no review meeting
    official(4, { survey: 95, review: 95 }), // residents only
  ];

  it('bars from 优秀 an official whose effective residents’ share falls below the floor, hand-worked', () => {
    const { scored } = scoreCycle(floorConfig, inputs);
    const [full, noSurvey, noReview, residentsOnly] = scored;
    // 1: 28.5 + 19 + 40 + 10 = 97.5, residents 50%.
    expect(full).toMatchObject({ composite: 97.5, residentsShare: 50, residentsShort: false, grade: 'excellent' });
    // 2: available 70 → review 28.57% (95 × 20/70 = 27.14), insp 57.14% (57.14), extra 14.29% (14.29):
    // 98.57 clears the 90 line, but residents are 20/70 = 28.57% < 40%: 称职, though first in the district.
    expect(noSurvey!.indicators.review).toMatchObject({ weight: 28.57, weighted: 27.14 });
    expect(noSurvey).toMatchObject({
      composite: 98.57,
      residentsShare: 28.57,
      residentsShort: true,
      grade: 'competent',
      rankInDistrict: 1,
    });
    // 3: available 80 → survey 37.5% (35.63), insp 50% (50), extra 12.5% (12.5): 98.13; residents 37.5% < 40%.
    expect(noReview).toMatchObject({ composite: 98.13, residentsShare: 37.5, residentsShort: true, grade: 'competent' });
    // 4: survey 60% and review 40% of what is there: 57 + 38 = 95, residents 100%.
    expect(residentsOnly).toMatchObject({ composite: 95, residentsShare: 100, residentsShort: false, grade: 'excellent' });
  });

  it('lets a share equal to the floor through, and bars only 优秀: lower grades are as the thresholds say', () => {
    const atFloor = scoreCycle({ ...floorConfig, residentsFloor: 37.5 }, inputs).scored;
    expect(atFloor[2]).toMatchObject({ residentsShare: 37.5, residentsShort: false, grade: 'excellent' });
    expect(atFloor[1]).toMatchObject({ residentsShort: true, grade: 'competent' });
    const low = scoreCycle(floorConfig, [official(5, { insp: 2 })]).scored[0]!; // 25 points, no residents at all
    expect(low).toMatchObject({ composite: 25, residentsShare: 0, residentsShort: true, grade: 'incompetent' });
  });

  it('computes the effective share from the configured weights of the indicators with records', () => {
    const present = (codes: string[]) => (code: string) => codes.includes(code);
    expect(residentsShare(floorConfig.indicators, present(['survey', 'review', 'insp', 'extra']))).toBe(50);
    expect(residentsShare(floorConfig.indicators, present(['review', 'insp', 'extra']))).toBe(28.57);
    expect(residentsShare(floorConfig.indicators, present([]))).toBe(0);
  });
});
