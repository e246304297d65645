/** The five-level scale: 1 very dissatisfied … 5 very satisfied, mapped to 0, 25, 50, 75, 100. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export const levelScore = (level: number) => (level - 1) * 25;

/** A response's score: the mean of its answers on the 0–100 scale (what `survey_responses.score` holds). */
export function responseScore(answers: Record<string, number>): number {
  const values = Object.values(answers);
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + levelScore(v), 0) / values.length;
}

/**
 * Margin of error at 95% of a community's mean score (0–100):
 *   1.96 × s / √n × √((N − n) / (N − 1))
 * s = the sample standard deviation of the response scores, n = responses, N = households in the
 * register (the finite population correction: surveying many of few households narrows the margin).
 * Null when fewer than two responses make s undefined.
 */
export function marginOfError(scores: readonly number[], population: number): number | null {
  const n = scores.length;
  if (n < 2) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(scores.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const fpc = population > 1 && population >= n ? Math.sqrt((population - n) / (population - 1)) : 1;
  return (1.96 * s * fpc) / Math.sqrt(n);
}

/** Responses over sampled households, 0–1; null before a sample is drawn. */
export const responseRate = (responses: number, sampled: number) => (sampled > 0 ? responses / sampled : null);

export const belowTarget = (rate: number | null, targetPercent: number) => rate !== null && rate * 100 < targetPercent;
