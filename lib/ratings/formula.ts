/**
 * The star formula, stored with each round (`rating_rounds.formula`) and shown publicly, so a journalist
 * can recompute every community's stars from the published inputs:
 *
 *   score = wSurvey × surveyMean + wOnTime × (onTimeRate × 100) + wSatisfaction × ((avgSatisfaction − 1) × 25)
 *
 * - surveyMean: mean response score of the community's survey, 0–100.
 * - onTimeRate: share of the community's handled requests resolved by their deadline (0–1).
 * - avgSatisfaction: residents' mean 1–5 rating of how their requests were handled.
 * Fallback: a part with no data (no handled or no rated requests) drops out, and the remaining weights
 * are scaled up to sum to 1 — a community is never punished or rewarded for having had no requests.
 * Inputs are rounded to 4 decimals and the score to 2 before comparing with the thresholds, so the
 * published figures reproduce the stars exactly. Fewer than `minResponses` responses: not rated (0★).
 */
export type Formula = {
  version: 1;
  weights: { survey: number; onTime: number; satisfaction: number };
  /** Lowest score for 5★, 4★, 3★, 2★; anything lower is 1★. */
  thresholds: [number, number, number, number];
  minResponses: number;
  /** The period whose requests count, YYYY-MM-DD inclusive. */
  requestPeriod: { from: string; to: string };
};

export const defaultFormula = (year: number): Formula => ({
  version: 1,
  weights: { survey: 0.6, onTime: 0.2, satisfaction: 0.2 },
  thresholds: [90, 80, 70, 60],
  minResponses: 10,
  requestPeriod: { from: `${year}-01-01`, to: `${year}-12-31` },
});

export type RatingInputs = {
  /** Mean survey score 0–100, null without responses. */
  surveyMean: number | null;
  responses: number;
  sampled: number;
  households: number;
  responseRate: number | null;
  marginOfError: number | null;
  requestsReceived: number;
  requestsHandled: number;
  onTimeRate: number | null;
  requestsRated: number;
  avgSatisfaction: number | null;
};

export type Rating = { stars: 0 | 1 | 2 | 3 | 4 | 5; score: number | null; reason: 'rated' | 'tooFewResponses' };

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const round4 = (x: number | null) => (x === null ? null : round(x, 4));

/** Inputs as published: rounded once here, so what is shown is exactly what was computed with. */
export function publishedInputs(inputs: RatingInputs): RatingInputs {
  return {
    ...inputs,
    surveyMean: round4(inputs.surveyMean),
    responseRate: round4(inputs.responseRate),
    marginOfError: round4(inputs.marginOfError),
    onTimeRate: round4(inputs.onTimeRate),
    avgSatisfaction: round4(inputs.avgSatisfaction),
  };
}

export function starsFor(score: number, thresholds: Formula['thresholds']): 1 | 2 | 3 | 4 | 5 {
  const [five, four, three, two] = thresholds;
  return score >= five ? 5 : score >= four ? 4 : score >= three ? 3 : score >= two ? 2 : 1;
}

export function rate(inputs: RatingInputs, formula: Formula): Rating {
  if (inputs.surveyMean === null || inputs.responses < formula.minResponses) return { stars: 0, score: null, reason: 'tooFewResponses' };
  const parts: [number, number][] = [[formula.weights.survey, inputs.surveyMean]];
  if (inputs.onTimeRate !== null) parts.push([formula.weights.onTime, inputs.onTimeRate * 100]);
  if (inputs.avgSatisfaction !== null) parts.push([formula.weights.satisfaction, (inputs.avgSatisfaction - 1) * 25]);
  const weight = parts.reduce((a, [w]) => a + w, 0);
  const score = round(parts.reduce((a, [w, v]) => a + w * v, 0) / weight, 2);
  return { stars: starsFor(score, formula.thresholds), score, reason: 'rated' };
}
