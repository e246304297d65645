import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { candidates, elections, officials, selections, units } from '@/db/schema';
import { archiveChunks } from '@/lib/election/archive-stream';
import { runSetup } from '@/lib/election/ceremony-run';
import { OPENS, CLOSES } from './selection-fixtures';

/**
 * An encrypted selection ready to vote from OPENS to CLOSES: `candidateCount` candidates, a k-of-n
 * ceremony played through the domain functions, and one batch of `codeCount` codes.
 */
export function encryptedSelection(year: number, { candidateCount = 6, codeCount = 10, guardians = 3, threshold = 2, maxChoices = 3 } = {}) {
  const selection = db()
    .insert(selections)
    .values({ year, title: `${year} 加密测试评选`, stage: 'nomination', mode: 'encrypted', maxChoices, votingOpensAt: OPENS, votingClosesAt: CLOSES })
    .returning()
    .get();
  const pool = db().select({ id: officials.id }).from(officials).limit(candidateCount).all();
  for (const o of pool) db().insert(candidates).values({ selectionId: selection.id, officialId: o.id }).run();
  const community = db().select().from(units).where(eq(units.kind, 'community')).get()!;
  const run = runSetup(db(), selection, { guardians, threshold, batches: [[community.id, codeCount]], at: new Date(OPENS.getTime() - 86_400_000) });
  db().update(selections).set({ stage: 'voting' }).where(eq(selections.id, selection.id)).run();
  const election = db().select().from(elections).where(eq(elections.id, run.electionId)).get()!;
  return { selection: { ...selection, stage: 'voting' as const }, election, community, codes: run.codes[0]!, keyFiles: run.keyFiles };
}

export const electionRow = (id: number) => db().select().from(elections).where(eq(elections.id, id)).get()!;

/** The election's whole archive as bytes (embargoed records included unless told otherwise). */
export async function archiveBytes(electionId: number, withEmbargoed = true): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of archiveChunks(db(), electionRow(electionId), withEmbargoed)) parts.push(c);
  return Buffer.concat(parts);
}
