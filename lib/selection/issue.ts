import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotCodes, codeBatches, selections, units } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { generateCode, hashBallotCode } from './codes';

export const MAX_BATCH = 100_000;

export type IssueInput = { selectionId: number; communityId: number; count: number; note?: string };
export type IssueRefusal = 'noSelection' | 'notCommunity' | 'badCount' | 'closed';
export type Issuer = { id: number | null; username: string };

/**
 * Makes `count` new codes for one community. Only their hashes are stored; the plain codes are
 * returned once, to be printed or downloaded, and cannot be recovered afterwards.
 */
export async function issueCodes(
  database: Db,
  input: IssueInput,
  issuer: Issuer,
  onProgress?: (done: number, total: number) => Promise<void> | void,
): Promise<{ ok: true; batchId: number; codes: string[] } | { ok: false; reason: IssueRefusal }> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BATCH) return { ok: false, reason: 'badCount' };
  const selection = database.select().from(selections).where(eq(selections.id, input.selectionId)).get();
  if (!selection) return { ok: false, reason: 'noSelection' };
  if (['counting', 'published', 'archived'].includes(selection.stage)) return { ok: false, reason: 'closed' };
  const community = database
    .select()
    .from(units)
    .where(and(eq(units.id, input.communityId), eq(units.kind, 'community')))
    .get();
  if (!community) return { ok: false, reason: 'notCommunity' };

  const codes = new Set<string>();
  while (codes.size < input.count) {
    const target = Math.min(input.count, codes.size + 5000);
    while (codes.size < target) codes.add(generateCode());
    await onProgress?.(codes.size, input.count);
  }
  const list = [...codes];
  const batchId = database.transaction(
    (tx) => {
      const batch = tx
        .insert(codeBatches)
        .values({
          selectionId: selection.id,
          communityId: community.id,
          issued: list.length,
          note: input.note ?? '',
          issuedBy: issuer.username,
        })
        .returning()
        .get();
      for (let i = 0; i < list.length; i += 1000) {
        tx.insert(ballotCodes)
          .values(
            list
              .slice(i, i + 1000)
              .map((code) => ({ codeHash: hashBallotCode(selection.year, code), selectionId: selection.id, batchId: batch.id })),
          )
          .run();
      }
      recordAudit(tx, issuer.id === null ? null : { id: issuer.id, username: issuer.username }, {
        action: 'codes.issue',
        entity: 'code_batch',
        entityId: batch.id,
        unitId: community.id,
        after: { selection: selection.year, community: community.name, issued: list.length },
      });
      return batch.id;
    },
    { behavior: 'immediate' },
  );
  return { ok: true, batchId, codes: list };
}

/** Issued, used, unused and revoked codes per batch: the numbers must add up. */
export function reconcile(database: Db, selectionId: number) {
  return database
    .select({
      batchId: codeBatches.id,
      communityId: codeBatches.communityId,
      community: units.name,
      households: units.households,
      issued: codeBatches.issued,
      note: codeBatches.note,
      revokedAt: codeBatches.revokedAt,
      createdAt: codeBatches.createdAt,
      used: sql<number>`(select count(*) from ${ballotCodes} where ${ballotCodes.batchId} = ${codeBatches.id} and ${ballotCodes.status} = 'used')`,
      unused: sql<number>`(select count(*) from ${ballotCodes} where ${ballotCodes.batchId} = ${codeBatches.id} and ${ballotCodes.status} = 'unused')`,
      revoked: sql<number>`(select count(*) from ${ballotCodes} where ${ballotCodes.batchId} = ${codeBatches.id} and ${ballotCodes.status} = 'revoked')`,
    })
    .from(codeBatches)
    .innerJoin(units, eq(units.id, codeBatches.communityId))
    .where(eq(codeBatches.selectionId, selectionId))
    .orderBy(codeBatches.id)
    .all();
}

type Counts = { issued: number; used: number; unused: number; revoked: number };
const add = (a: Counts, b: Counts): Counts => ({
  issued: a.issued + b.issued,
  used: a.used + b.used,
  unused: a.unused + b.unused,
  revoked: a.revoked + b.revoked,
});
const zero: Counts = { issued: 0, used: 0, unused: 0, revoked: 0 };

/** Batches summed per community and overall. */
export function summarize<T extends Counts & { communityId: number; community: string }>(batches: T[]) {
  const byCommunity = new Map<number, Counts & { communityId: number; community: string }>();
  for (const b of batches) {
    const prev = byCommunity.get(b.communityId) ?? { ...zero, communityId: b.communityId, community: b.community };
    byCommunity.set(b.communityId, { ...prev, ...add(prev, b) });
  }
  return { byCommunity: [...byCommunity.values()], total: batches.reduce<Counts>((s, b) => add(s, b), zero) };
}
