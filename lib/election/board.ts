import { and, asc, eq, gte } from 'drizzle-orm';
import { createChain, type Chain, type ChainRecord } from '@/lib/belenios/archive';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { electionRecords, elections } from '@/db/schema';

/**
 * The public board of an encrypted selection: the Belenios event chain kept in the database, one
 * row per archive member. Records are appended inside the caller's write transaction, and the
 * chain's resume state moves with them, so the archive is whole after any crash and can be streamed
 * at any time.
 */
export function appendToBoard(tx: Db | Tx, electionId: number, build: (chain: Chain) => ChainRecord[], embargoed = false) {
  const at = tx
    .select({ parent: elections.chainParent, height: elections.chainHeight, records: elections.records })
    .from(elections)
    .where(eq(elections.id, electionId))
    .get();
  if (!at) throw new Error(`no election ${electionId}`);
  const chain = createChain(at.parent && at.height !== null ? { parent: at.parent, height: at.height } : undefined);
  const records = build(chain);
  records.forEach((r, i) =>
    tx
      .insert(electionRecords)
      .values({ electionId, seq: at.records + i, event: r.event, hash: r.hash, text: r.text, embargoed })
      .run(),
  );
  const state = chain.state;
  tx.update(elections)
    .set({ chainParent: state.parent ?? null, chainHeight: state.height, records: at.records + records.length })
    .where(eq(elections.id, electionId))
    .run();
  return { firstSeq: at.records, records };
}

/** The board's records in order, a page at a time (the archive is streamed from these). */
export function readBoard(database: Db, electionId: number, from: number, limit: number, withEmbargoed: boolean) {
  return database
    .select({ seq: electionRecords.seq, event: electionRecords.event, hash: electionRecords.hash, text: electionRecords.text })
    .from(electionRecords)
    .where(
      and(
        eq(electionRecords.electionId, electionId),
        gte(electionRecords.seq, from),
        withEmbargoed ? undefined : eq(electionRecords.embargoed, false),
      ),
    )
    .orderBy(asc(electionRecords.seq))
    .limit(limit)
    .all();
}

/** One record's text by its place on the board. */
export function boardText(database: Db | Tx, electionId: number, seq: number): string | undefined {
  return database
    .select({ text: electionRecords.text })
    .from(electionRecords)
    .where(and(eq(electionRecords.electionId, electionId), eq(electionRecords.seq, seq)))
    .get()?.text;
}
