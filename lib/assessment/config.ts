/**
 * Pure checks of a cycle's configuration. Each problem is a catalog key under `assessment.config`
 * with the values it names, so the page and the compute action say the same thing in both languages.
 */
import type { CycleConfig } from './scoring';

export type ConfigProblem = { key: string; values?: Record<string, string | number> };

const WEIGHT_TOLERANCE = 0.001;
export const residentSources = ['residents_survey', 'residents_review'] as const;

export function validateConfig(config: CycleConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { indicators, thresholds: t } = config;
  if (indicators.length === 0) return [{ key: 'noIndicators' }];
  const codes = new Set<string>();
  for (const i of indicators) {
    if (codes.has(i.code)) problems.push({ key: 'duplicateCode', values: { code: i.code } });
    codes.add(i.code);
    if (!(i.weight > 0)) problems.push({ key: 'weightPositive', values: { code: i.code } });
    if (i.normalization.kind === 'linear' && i.normalization.min === i.normalization.max)
      problems.push({ key: 'linearRange', values: { code: i.code } });
  }
  const sum = indicators.reduce((s, i) => s + i.weight, 0);
  if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) problems.push({ key: 'weightSum', values: { sum: Number(sum.toFixed(3)) } });
  const residents = indicators.filter((i) => (residentSources as readonly string[]).includes(i.source)).reduce((s, i) => s + i.weight, 0);
  if (residents + WEIGHT_TOLERANCE < config.residentsFloor)
    problems.push({ key: 'residentsFloor', values: { share: Number(residents.toFixed(3)), floor: config.residentsFloor } });
  if (!(config.residentsFloor >= 0 && config.residentsFloor <= 100)) problems.push({ key: 'floorRange' });
  if (!(t.basic >= 0 && t.basic < t.competent && t.competent < t.excellent && t.excellent <= 100))
    problems.push({ key: 'thresholdsOrder' });
  if (!(config.excellentCapPercent >= 0 && config.excellentCapPercent <= 100)) problems.push({ key: 'capRange' });
  return problems;
}
