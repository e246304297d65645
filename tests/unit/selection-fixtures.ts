import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { candidates, officials, selections, units } from '@/db/schema';
import { issueCodes } from '@/lib/selection/issue';

export const OPENS = new Date('2026-12-01T00:00:00+08:00');
export const CLOSES = new Date('2026-12-20T18:00:00+08:00');
export const DURING = new Date('2026-12-10T12:00:00+08:00');

/** A selection open for voting from OPENS to CLOSES, with 12 candidates and a batch of codes. */
export async function votingSelection(year = 2026, codeCount = 50) {
  const selection = db()
    .insert(selections)
    .values({ year, title: `${year} 测试评选`, stage: 'voting', maxChoices: 10, votingOpensAt: OPENS, votingClosesAt: CLOSES })
    .returning()
    .get();
  const pool = db().select({ id: officials.id }).from(officials).limit(12).all();
  const candidateIds = pool.map(
    (o) => db().insert(candidates).values({ selectionId: selection.id, officialId: o.id }).returning().get().id,
  );
  const community = db().select().from(units).where(eq(units.kind, 'community')).get()!;
  const batch = await issueCodes(
    db(),
    { selectionId: selection.id, communityId: community.id, count: codeCount },
    { id: null, username: 'test' },
  );
  if (!batch.ok) throw new Error(batch.reason);
  return { selection, candidateIds, codes: batch.codes, community, batchId: batch.batchId };
}
