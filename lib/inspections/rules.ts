import { inspectionMethods, type InspectionMethod } from '@/db/schema';

export type RatedOfficial = { officialId: number; rating: number };

export type InspectionCheck =
  | { ok: true; officials: RatedOfficial[]; recommendations: string[]; methods: InspectionMethod[] }
  | { ok: false; fieldErrors: Record<string, string[]>; problem: string };

/**
 * The rules a schema cannot see alone: the end is not before the start, nothing is dated after
 * today, every official row has a rating 1–5, no official twice, at least one official.
 */
export function checkInspection(
  input: { methods: string[]; startsOn: string; endsOn: string; officialIds: string[]; ratings: string[]; recommendations: string[] },
  today: string,
): InspectionCheck {
  const errors: Record<string, string[]> = {};
  // The first problem found becomes the message at the top; the fields say where.
  const problems: string[] = [];
  const add = (field: string, key: string, problem: string) => {
    (errors[field] ??= []).push(key);
    problems.push(`inspections.problems.${problem}`);
  };
  if (input.startsOn > today) add('startsOn', 'field.invalid', 'future');
  if (input.endsOn > today) add('endsOn', 'field.invalid', 'future');
  if (input.endsOn < input.startsOn) add('endsOn', 'field.invalid', 'endBeforeStart');

  const officials: RatedOfficial[] = [];
  const seen = new Set<number>();
  const rows = Math.max(input.officialIds.length, input.ratings.length);
  for (let i = 0; i < rows; i++) {
    const rawId = input.officialIds[i] ?? '';
    const rawRating = input.ratings[i] ?? '';
    if (rawId === '' && rawRating === '') continue;
    const officialId = Number(rawId);
    const rating = Number(rawRating);
    if (!Number.isInteger(officialId) || officialId <= 0) add(`officials.${i}`, 'field.required', 'officialMissing');
    else if (seen.has(officialId)) add(`officials.${i}`, 'field.invalid', 'officialTwice');
    else if (!Number.isInteger(rating) || rating < 1 || rating > 5) add(`officials.${i}`, 'field.invalid', 'rating');
    else {
      seen.add(officialId);
      officials.push({ officialId, rating });
    }
  }
  if (officials.length === 0 && !Object.keys(errors).some((k) => k.startsWith('officials.')))
    add('officials', 'field.required', 'noOfficials');

  const methods = inspectionMethods.filter((m) => input.methods.includes(m));
  const recommendations = input.recommendations.filter((r) => r !== '');
  return Object.keys(errors).length
    ? { ok: false, fieldErrors: errors, problem: problems[0]! }
    : { ok: true, officials, recommendations, methods };
}
