import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db';
import { publications, receipts, selections } from '@/db/schema';
import { hashReceipt, normalizeCode, TRACKING_LENGTH } from './codes';
import type { Tally } from './tally';

export type Fingerprints = { receipts: string; ballots: string; tally: string };

/**
 * The published result of a selection, or null. This is the embargo's one gate: per-candidate counts
 * reach pages and APIs only through here, and only once publishedAt is set.
 */
export function getPublishedResult(selectionId: number) {
  const row = db()
    .select()
    .from(publications)
    .where(and(eq(publications.selectionId, selectionId), isNotNull(publications.publishedAt)))
    .get();
  if (!row) return null;
  return { ...row, tally: row.tally as Tally, fingerprints: row.fingerprints as Fingerprints, publishedAt: row.publishedAt! };
}

/** Whether a tracking code's receipt is in a published selection's count. Says nothing of the choice. */
export function verifyReceipt(year: number, input: string): 'counted' | 'notFound' | 'badFormat' | 'notPublished' {
  const selection = db().select().from(selections).where(eq(selections.year, year)).get();
  if (!selection || !getPublishedResult(selection.id)) return 'notPublished';
  const code = normalizeCode(input, TRACKING_LENGTH);
  if (!code) return 'badFormat';
  const found = db()
    .select()
    .from(receipts)
    .where(and(eq(receipts.selectionId, selection.id), eq(receipts.receiptHash, hashReceipt(year, code))))
    .get();
  return found ? 'counted' : 'notFound';
}
