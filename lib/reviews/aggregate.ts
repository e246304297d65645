import { reviewGrades, type ReviewGrade } from '@/db/schema';
import { dimensions, gradePoints, type Dimension } from './metrics';

export type ReviewAggregate = {
  forms: number;
  /** How many forms gave each grade, per dimension. */
  counts: Record<Dimension, Record<ReviewGrade, number>>;
  /** Mean points per dimension (0–100), null without forms. */
  byDimension: Record<Dimension, number | null>;
  /** Mean of the five dimension means: the same number reviewScores gives the assessment. */
  score: number | null;
};

/** Counts and points of a set of forms (one meeting, or all of an official's meetings). */
export function aggregateForms(forms: readonly Record<Dimension, ReviewGrade>[]): ReviewAggregate {
  const counts = Object.fromEntries(
    dimensions.map((d) => [d, Object.fromEntries(reviewGrades.map((g) => [g, 0])) as Record<ReviewGrade, number>]),
  ) as ReviewAggregate['counts'];
  for (const form of forms) for (const d of dimensions) counts[d][form[d]] += 1;
  const byDimension = Object.fromEntries(
    dimensions.map((d) => [
      d,
      forms.length ? reviewGrades.reduce((sum, g) => sum + counts[d][g] * gradePoints[g], 0) / forms.length : null,
    ]),
  ) as Record<Dimension, number | null>;
  const score = forms.length ? dimensions.reduce((sum, d) => sum + byDimension[d]!, 0) / dimensions.length : null;
  return { forms: forms.length, counts, byDimension, score };
}
