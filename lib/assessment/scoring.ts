/**
 * Pure scoring of an assessment cycle: nothing here reads the database or Next, so every rule is
 * unit-tested on hand-worked examples (scoring.test.ts).
 *
 * Rules, decided and documented here:
 * - Rounding: normalized scores and weighted parts are rounded to 2 decimals (half away from zero);
 *   the composite is the sum of the rounded weighted parts, so a drill-down adds up exactly.
 * - Missing data: an indicator with no records for an official (no survey in the unit, no meeting, no
 *   inspection, no ballot entry, no manual value) is left out and its weight is shared among the
 *   official's other indicators in proportion to their weights. Scoring 0 would punish an official for
 *   a survey nobody ran; an official with no data at all is not scored (listed as unscored).
 * - Ranks: competition ranking on the displayed composite ("1, 1, 3"), within the district and within
 *   the unit level (district / street / community officials).
 * - Residents' floor per official: the cycle's floor (e.g. 40%) is a minimum share of residents'
 *   evaluation (survey and review-meeting indicators). Shifting the weight of missing indicators can push
 *   an official's *effective* residents' share below it (say only inspections and manual values have
 *   records). Such an official is still scored, but, like a veto, cannot be graded 优秀 and drops to
 *   称职: the top grade must rest on residents' opinion to the degree the cycle requires. The effective
 *   share is 100 × (weights of the official's residents' indicators with records) / (weights of all the
 *   official's indicators with records), rounded to 2 decimals, and is short when below the floor.
 * - Grades: thresholds first; a vetoed or residents-short official cannot be 优秀 and drops to 称职; then the cap on 优秀:
 *   cap = floor(cap% × officials scored). Candidates are taken best first; when a tie would cross the
 *   cap, nobody in that tie gets 优秀 (all get 称职) — a tie is never broken by chance or id.
 */
import type { IndicatorSource, ReviewGrade } from '@/db/schema';
import { residentSources } from './config';

export type Normalization = { kind: 'linear'; min: number; max: number } | { kind: 'rank' } | { kind: 'identity' };
export type Thresholds = { excellent: number; competent: number; basic: number };

export type IndicatorConfig = { code: string; weight: number; source: IndicatorSource; normalization: Normalization };
export type CycleConfig = {
  indicators: IndicatorConfig[];
  residentsFloor: number;
  thresholds: Thresholds;
  excellentCapPercent: number;
};

export type OfficialInput = {
  officialId: number;
  /** The unit level ranks are taken within (district / street / community). */
  level: string;
  /** Raw value per indicator code; null or absent = no records. */
  raw: Record<string, number | null | undefined>;
  /** How many records stand behind each raw value (shown in the drill-down). */
  n?: Record<string, number>;
  vetoed: boolean;
};

export type IndicatorScore = { raw: number; normalized: number; weight: number; weighted: number; n: number };
export type OfficialResult = {
  officialId: number;
  level: string;
  indicators: Record<string, IndicatorScore>;
  /** Codes of indicators with no data, whose weight went to the others. */
  missing: string[];
  composite: number;
  vetoed: boolean;
  /** Effective share (percent) of residents' evaluation in this official's composite. */
  residentsShare: number;
  /** The effective share is below the cycle's floor: barred from 优秀. */
  residentsShort: boolean;
  rankInLevel: number;
  rankInDistrict: number;
  grade: ReviewGrade;
};
export type ScoringResult = { scored: OfficialResult[]; unscored: number[]; cap: number };

/**
 * The version of the rules above. It is part of a computation's inputs fingerprint, so a recompute after
 * a rule change (2: the residents' floor per official) writes a new snapshot instead of keeping one
 * that was graded under the old rules.
 */
export const SCORING_RULES = 2;

export function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7)) / 100;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));

/** Rank percentile among the values present: lowest 0, highest 100, ties share the middle of their span. */
function percentiles(values: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const n = values.length;
  for (const v of values) {
    if (out.has(v)) continue;
    const lower = values.filter((o) => o < v).length;
    const equal = values.filter((o) => o === v).length;
    out.set(v, n === 1 ? 100 : ((lower + (equal - 1) / 2) / (n - 1)) * 100);
  }
  return out;
}

export function normalize(raw: number, normalization: Normalization, rankTable?: Map<number, number>): number {
  switch (normalization.kind) {
    case 'identity':
      return round2(clamp(raw));
    case 'linear':
      return round2(clamp(((raw - normalization.min) / (normalization.max - normalization.min)) * 100));
    case 'rank':
      return round2(rankTable?.get(raw) ?? 0);
  }
}

/** Competition ranks ("1, 1, 3") of the given composites, highest first. */
export function competitionRanks(composites: number[]): number[] {
  return composites.map((c) => 1 + composites.filter((o) => o > c).length);
}

function thresholdGrade(composite: number, t: Thresholds): ReviewGrade {
  if (composite >= t.excellent) return 'excellent';
  if (composite >= t.competent) return 'competent';
  if (composite >= t.basic) return 'basic';
  return 'incompetent';
}

export function excellentCap(capPercent: number, scored: number): number {
  return Math.floor((capPercent * scored) / 100 + 1e-9);
}

/**
 * The effective residents' share of one official: the weight of residents' indicators that have
 * records, as a percent of the weight of all indicators that have records (0 when none have).
 */
export function residentsShare(
  indicators: Pick<IndicatorConfig, 'code' | 'weight' | 'source'>[],
  present: (code: string) => boolean,
): number {
  const available = indicators.filter((i) => present(i.code));
  const total = available.reduce((sum, i) => sum + i.weight, 0);
  const residents = available
    .filter((i) => (residentSources as readonly string[]).includes(i.source))
    .reduce((sum, i) => sum + i.weight, 0);
  return total > 0 ? round2((residents * 100) / total) : 0;
}

export const isResidentsShort = (share: number, floor: number) => share < floor;

export function scoreCycle(config: CycleConfig, officials: OfficialInput[]): ScoringResult {
  const present = (o: OfficialInput, code: string) => typeof o.raw[code] === 'number' && Number.isFinite(o.raw[code]);
  const rankTables = new Map(
    config.indicators
      .filter((i) => i.normalization.kind === 'rank')
      .map((i) => [i.code, percentiles(officials.filter((o) => present(o, i.code)).map((o) => o.raw[i.code] as number))]),
  );

  const partial: Omit<OfficialResult, 'rankInLevel' | 'rankInDistrict' | 'grade'>[] = [];
  const unscored: number[] = [];
  for (const o of [...officials].sort((a, b) => a.officialId - b.officialId)) {
    const available = config.indicators.filter((i) => present(o, i.code));
    if (available.length === 0) {
      unscored.push(o.officialId);
      continue;
    }
    const availableWeight = available.reduce((sum, i) => sum + i.weight, 0);
    const indicators: Record<string, IndicatorScore> = {};
    let cents = 0;
    for (const i of available) {
      const raw = o.raw[i.code] as number;
      const normalized = normalize(raw, i.normalization, rankTables.get(i.code));
      const weight = (i.weight * 100) / availableWeight;
      const weighted = round2((normalized * weight) / 100);
      cents += Math.round(weighted * 100);
      indicators[i.code] = { raw, normalized, weight: round2(weight), weighted, n: o.n?.[i.code] ?? 0 };
    }
    const missing = config.indicators.filter((i) => !present(o, i.code)).map((i) => i.code);
    const share = residentsShare(config.indicators, (code) => present(o, code));
    partial.push({
      officialId: o.officialId,
      level: o.level,
      indicators,
      missing,
      composite: cents / 100,
      vetoed: o.vetoed,
      residentsShare: share,
      residentsShort: isResidentsShort(share, config.residentsFloor),
    });
  }

  const districtRanks = competitionRanks(partial.map((p) => p.composite));
  const results: OfficialResult[] = partial.map((p, k) => {
    const sameLevel = partial.filter((o) => o.level === p.level).map((o) => o.composite);
    const grade = thresholdGrade(p.composite, config.thresholds);
    return {
      ...p,
      rankInDistrict: districtRanks[k]!,
      rankInLevel: 1 + sameLevel.filter((c) => c > p.composite).length,
      grade: grade === 'excellent' && (p.vetoed || p.residentsShort) ? 'competent' : grade,
    };
  });

  const cap = excellentCap(config.excellentCapPercent, results.length);
  const candidates = results.filter((r) => r.grade === 'excellent').sort((a, b) => b.composite - a.composite);
  let granted = 0;
  for (let k = 0; k < candidates.length;) {
    const tie = candidates.filter((c) => c.composite === candidates[k]!.composite);
    if (granted + tie.length > cap) {
      for (const c of candidates.slice(k)) c.grade = 'competent';
      break;
    }
    granted += tie.length;
    k += tie.length;
  }
  return { scored: results, unscored, cap };
}
