import { createHash } from 'node:crypto';
import { headerText, recordName, tarRecord } from '@/lib/belenios/archive';
import type { Db } from '@/db';
import { readBoard } from './board';

const utf8 = new TextEncoder();
const PAGE = 200;

/**
 * The `.bel` archive of an election, streamed from its board a page of records at a time (the
 * header, then every data file and event in the order written). Embargoed records (partial
 * decryptions and the result) are left out until the selection is published.
 */
export function archiveChunks(database: Db, election: { id: number; archiveTimestamp: number | null }, withEmbargoed: boolean) {
  const timestamp = election.archiveTimestamp ?? 0;
  return (async function* () {
    yield tarRecord('BELENIOS', utf8.encode(headerText(timestamp)), timestamp);
    for (let from = 0; ;) {
      const page = readBoard(database, election.id, from, PAGE, withEmbargoed);
      if (page.length === 0) return;
      for (const r of page) yield tarRecord(recordName(r), utf8.encode(r.text), timestamp);
      from = page[page.length - 1]!.seq + 1;
      // Let other requests run between pages of a large archive.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
}

export function archiveResponseStream(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** SHA-256 of the whole archive, as published beside the result. */
export async function archiveFingerprint(database: Db, election: { id: number; archiveTimestamp: number | null }): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of archiveChunks(database, election, true)) hash.update(chunk);
  return hash.digest('hex');
}

/** The same fingerprint, read synchronously (inside a publication's transaction). */
export function archiveDigest(database: Db, election: { id: number; archiveTimestamp: number | null }): string {
  const timestamp = election.archiveTimestamp ?? 0;
  const hash = createHash('sha256').update(tarRecord('BELENIOS', utf8.encode(headerText(timestamp)), timestamp));
  for (let from = 0; ;) {
    const page = readBoard(database, election.id, from, PAGE, true);
    if (page.length === 0) return hash.digest('hex');
    for (const r of page) hash.update(tarRecord(recordName(r), utf8.encode(r.text), timestamp));
    from = page[page.length - 1]!.seq + 1;
  }
}
