import { and, desc, eq, like } from 'drizzle-orm';
import { requestCategories, requestEvents, requests, units, type RequestChannel, type ResidentRequest } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { deadlinesFor } from './deadlines';
import { districtDay } from '@/lib/district-time';
import { canMove, resultOf } from './flow';
import { generateKey, hashKey, keyMatches, nextNumber } from './keys';

export type LedgerRefusal = 'category' | 'community' | 'notFound' | 'wrongKey' | 'badMove';

/** A refusal the caller turns into its own answer (form message, JSON error). */
export class LedgerError extends Error {
  constructor(public readonly reason: LedgerRefusal) {
    super(reason);
  }
}

export type NewRequest = {
  categoryId: number;
  communityId: number;
  description: string;
  contactName?: string | null;
  contactPhone?: string | null;
  channel: RequestChannel;
  nightTalkId?: number | null;
};

/** Files a request: number, key, deadlines from its category, and the first event, in the caller's transaction. */
export function fileRequest(tx: Tx, input: NewRequest, at: Date, actorId: number | null = null) {
  const category = tx.select().from(requestCategories).where(eq(requestCategories.id, input.categoryId)).get();
  if (!category?.active) throw new LedgerError('category');
  const community = tx.select().from(units).where(eq(units.id, input.communityId)).get();
  if (community?.kind !== 'community') throw new LedgerError('community');
  const year = districtDay(at).slice(0, 4);
  const latest = tx
    .select({ number: requests.number })
    .from(requests)
    .where(like(requests.number, `${year}-%`))
    .orderBy(desc(requests.number))
    .limit(1)
    .get()?.number;
  const number = nextNumber(year, latest);
  const key = generateKey();
  const row = tx
    .insert(requests)
    .values({
      number,
      categoryId: category.id,
      communityId: community.id,
      description: input.description,
      channel: input.channel,
      nightTalkId: input.nightTalkId ?? null,
      contactName: input.contactName || null,
      contactPhone: input.contactPhone || null,
      ...deadlinesFor(at, category),
      confirmKeyHash: hashKey(number, key),
      createdAt: at,
    })
    .returning()
    .get();
  tx.insert(requestEvents).values({ requestId: row.id, at, status: 'received', actorId }).run();
  return { id: row.id, number, key, communityId: community.id };
}

export type ResidentMove =
  | { move: 'confirm'; number: string; key: string; satisfaction: number; comment?: string | null }
  | { move: 'reopen'; number: string; key: string; comment?: string | null };

/**
 * The resident's answer to a resolution: confirm with a 1–5 score, or reopen. The key is checked
 * first, so a wrong key learns nothing about the request's state.
 */
export function residentMove(tx: Tx, input: ResidentMove, at: Date): ResidentRequest {
  const row = tx.select().from(requests).where(eq(requests.number, input.number)).get();
  if (!row || !keyMatches(row.number, input.key, row.confirmKeyHash)) throw new LedgerError('wrongKey');
  if (!canMove(input.move, row.status)) throw new LedgerError('badMove');
  const status = resultOf[input.move];
  const changes =
    input.move === 'confirm'
      ? { status, satisfaction: input.satisfaction, confirmedAt: at }
      : { status, resolvedAt: null, reopenCount: row.reopenCount + 1 };
  const after = tx
    .update(requests)
    .set(changes)
    .where(and(eq(requests.id, row.id), eq(requests.status, row.status)))
    .returning()
    .get();
  tx.insert(requestEvents).values({ requestId: row.id, at, status }).run();
  // The resident's own words may name people or places: staff see them, the public history does not.
  if (input.comment) tx.insert(requestEvents).values({ requestId: row.id, at, status, note: input.comment, internal: true }).run();
  return after!;
}
