'use server';
import { originMatches } from '@/lib/action';
import { BALLOT_MINUTES, getBallot, saveBallot } from './ballot-session';

/** Renews the ballot in progress for another BALLOT_MINUTES (see SessionClock); null when there is none. */
export async function extendBallot(): Promise<{ remainingMs: number } | null> {
  if (!(await originMatches())) return null;
  const ballot = await getBallot();
  if (!ballot) return null;
  await saveBallot(ballot);
  return { remainingMs: BALLOT_MINUTES * 60_000 };
}
