'use server';
import { originMatches } from '@/lib/action';
import { getReviewCode, REVIEW_MINUTES, saveReviewCode } from './session';

/** Renews the review form in progress for another REVIEW_MINUTES (see SessionClock); null when there is none. */
export async function extendReview(): Promise<{ remainingMs: number } | null> {
  if (!(await originMatches())) return null;
  const code = await getReviewCode();
  if (!code) return null;
  await saveReviewCode(code);
  return { remainingMs: REVIEW_MINUTES * 60_000 };
}
