import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { candidates, receipts, selections, units } from '../../db/schema';
import { hashReceipt } from '../../lib/selection/codes';
import { issueCodes } from '../../lib/selection/issue';

/**
 * The demo selection open for voting, its candidate ids, and `count` fresh codes: more than a run
 * can use, so every cast in a bench or drill is a real first use of a code.
 */
export async function votingFixture(database: Db, count: number) {
  const selection = database.select().from(selections).where(eq(selections.stage, 'voting')).get()!;
  const ids = database
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.selectionId, selection.id))
    .all()
    .map((c) => c.id);
  const community = database.select().from(units).where(eq(units.kind, 'community')).get()!;
  const issued = await issueCodes(
    database,
    { selectionId: selection.id, communityId: community.id, count },
    { id: null, username: 'bench' },
  );
  if (!issued.ok) throw new Error(issued.reason);
  return { selection, ids, codes: issued.codes };
}

/** How many of the tracking codes clients were given are stored as receipts (all, or something was lost). */
export function storedReceipts(database: Db, year: number, trackingCodes: string[]): number {
  return trackingCodes.filter((code) =>
    database
      .select()
      .from(receipts)
      .where(eq(receipts.receiptHash, hashReceipt(year, code)))
      .get(),
  ).length;
}
