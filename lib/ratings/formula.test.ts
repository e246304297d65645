import { describe, expect, it } from 'vitest';
import { defaultFormula, publishedInputs, rate, starsFor, type RatingInputs } from './formula';

const formula = defaultFormula(2026);
const base: RatingInputs = {
  surveyMean: 85,
  responses: 40,
  sampled: 50,
  households: 500,
  responseRate: 0.8,
  marginOfError: 4.2,
  requestsReceived: 20,
  requestsHandled: 20,
  onTimeRate: 0.9,
  requestsRated: 10,
  avgSatisfaction: 4.6,
};

describe('star formula, worked by hand', () => {
  it('weighs survey, on-time rate and satisfaction 0.6 / 0.2 / 0.2', () => {
    // 0.6 × 85 + 0.2 × 90 + 0.2 × ((4.6 − 1) × 25 = 90) = 51 + 18 + 18 = 87 → 4★ (80 ≤ 87 < 90)
    expect(rate(base, formula)).toEqual({ stars: 4, score: 87, reason: 'rated' });
  });

  it('reaches 5★ at 90 exactly', () => {
    // 0.6 × 90 + 0.2 × 90 + 0.2 × 90 = 90
    expect(rate({ ...base, surveyMean: 90 }, formula)).toMatchObject({ stars: 5, score: 90 });
  });

  it('drops a part without data and rescales the other weights', () => {
    // no rated requests: (0.6 × 85 + 0.2 × 90) / 0.8 = 69 / 0.8 = 86.25 → 4★
    expect(rate({ ...base, avgSatisfaction: null }, formula)).toMatchObject({ stars: 4, score: 86.25 });
    // no requests at all: the survey mean alone, 85 → 4★
    expect(rate({ ...base, onTimeRate: null, avgSatisfaction: null }, formula)).toMatchObject({ stars: 4, score: 85 });
  });

  it('gives 1★ under 60 and rates nobody with fewer than the minimum responses', () => {
    // 0.6 × 50 + 0.2 × 40 + 0.2 × 25 = 30 + 8 + 5 = 43 → 1★
    expect(rate({ ...base, surveyMean: 50, onTimeRate: 0.4, avgSatisfaction: 2 }, formula)).toMatchObject({ stars: 1, score: 43 });
    expect(rate({ ...base, responses: 9 }, formula)).toEqual({ stars: 0, score: null, reason: 'tooFewResponses' });
  });

  it('maps thresholds 90/80/70/60 to 5..2 stars', () => {
    expect([95, 89.99, 80, 79.99, 70, 65, 60, 59.99].map((s) => starsFor(s, formula.thresholds))).toEqual([5, 4, 4, 3, 3, 2, 2, 1]);
  });

  it('recomputes to the same stars from the published (rounded) inputs', () => {
    const raw = { ...base, surveyMean: 79.99996, onTimeRate: 2 / 3, avgSatisfaction: 13 / 3 };
    const shown = publishedInputs(raw);
    expect(shown).toMatchObject({ surveyMean: 80, onTimeRate: 0.6667, avgSatisfaction: 4.3333 });
    // 0.6 × 80 + 0.2 × 66.67 + 0.2 × 83.3325 = 48 + 13.334 + 16.6665 = 78.0005 → 78 → 3★
    expect(rate(shown, formula)).toMatchObject({ stars: 3, score: 78 });
  });
});
