import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import { db } from '@/db';
import { encryptedBallots } from '@/db/schema';
import type { BallotOrigin } from '@/lib/enums';
import type { Election } from '@/db/schema';
import { BALLOT_BOX_PAGE, ballotBoxPage, countBallots, electionOf, electionOfCall } from './store';

/** Trackers are unpadded Base64 (A–Z a–z 0–9 + /); anything else typed is dropped. */
export const trackerQuery = (q: string) =>
  q
    .trim()
    .replace(/[^A-Za-z0-9+/]/g, '')
    .slice(0, 43);

export type BallotBoxView = NonNullable<ReturnType<typeof viewOf>>;

/** A page of the public ballot box, or null for a selection without one (plain, or no frozen setup yet). */
export const ballotBoxView = (selectionId: number, rawQ: string, rawPage: number) => viewOf(electionOf(db(), selectionId), rawQ, rawPage);

/** The same for a livelihood-projects call's residents' vote. */
export const callBallotBoxView = (callId: number, rawQ: string, rawPage: number) => viewOf(electionOfCall(db(), callId), rawQ, rawPage);

function viewOf(election: Election | undefined, rawQ: string, rawPage: number) {
  if (!election || !election.electionRaw) return null;
  const q = trackerQuery(rawQ);
  const page = Number.isSafeInteger(rawPage) && rawPage > 0 ? Math.min(rawPage, 1_000_000) : 1;
  const { total, rows } = ballotBoxPage(db(), election.id, page, q);
  const all = q ? countBallots(db(), election.id) : total;
  return { q, page, total, all, rows, pages: Math.max(1, Math.ceil(total / BALLOT_BOX_PAGE)) };
}

/**
 * Every accepted ballot's tracker and where it was sealed, in the order accepted (the open-data
 * list), read a page at a time so no statement stays open while the response streams.
 */
export function* allTrackers(selectionId: number): Generator<{ tracker: string; origin: BallotOrigin }> {
  const election = electionOf(db(), selectionId);
  if (!election) return;
  for (let after = -1; ;) {
    const rows = db()
      .select({ tracker: encryptedBallots.tracker, origin: encryptedBallots.origin, seq: encryptedBallots.seq })
      .from(encryptedBallots)
      .where(and(eq(encryptedBallots.electionId, election.id), gt(encryptedBallots.seq, after)))
      .orderBy(asc(encryptedBallots.seq))
      .limit(2000)
      .all();
    if (rows.length === 0) return;
    for (const { tracker, origin } of rows) yield { tracker, origin };
    after = rows[rows.length - 1]!.seq;
  }
}
