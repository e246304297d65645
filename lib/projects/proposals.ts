import { and, eq, isNull } from 'drizzle-orm';
import { projectProposals, proposalCodes, type ProposalSource } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError } from '@/lib/action/core';
import { districtDay, startOfDistrictDay } from '@/lib/district-time';
import { hashProposalCode, normalizeCode } from './codes';
import { titleKey } from './text';

export type ProposalInput = {
  callId: number;
  communityId: number;
  title: string;
  place: string;
  problem: string;
  roughCost?: number;
  source: ProposalSource;
  proposerName: string;
  submittedBy: number | null;
};

/**
 * Stores one proposal. The same title for the same community in the same call is a duplicate: refused
 * with a message that names it, checked here and guaranteed by the unique index if two arrive at once.
 */
export function insertProposal(tx: Tx, input: ProposalInput, at: Date): number {
  const key = titleKey(input.title);
  const dup = tx
    .select({ id: projectProposals.id })
    .from(projectProposals)
    .where(
      and(
        eq(projectProposals.callId, input.callId),
        eq(projectProposals.communityId, input.communityId),
        eq(projectProposals.titleKey, key),
      ),
    )
    .get();
  if (dup) throw new ActionError('projects.errors.duplicate', { title: ['field.duplicate'] });
  try {
    return tx
      .insert(projectProposals)
      .values({ ...input, roughCost: input.roughCost ?? null, titleKey: key, createdAt: at })
      .returning({ id: projectProposals.id })
      .get().id;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new ActionError('projects.errors.duplicate', { title: ['field.duplicate'] });
    throw error;
  }
}

export type CodeRefusal = 'unknownCode' | 'usedCode';

export function lookUpProposalCode(
  tx: Tx,
  typed: string,
): { ok: true; codeHash: string; callId: number; communityId: number } | { ok: false; reason: CodeRefusal } {
  const code = normalizeCode(typed);
  if (!code) return { ok: false, reason: 'unknownCode' };
  const row = tx
    .select()
    .from(proposalCodes)
    .where(eq(proposalCodes.codeHash, hashProposalCode(code)))
    .get();
  if (!row) return { ok: false, reason: 'unknownCode' };
  if (row.usedAt) return { ok: false, reason: 'usedCode' };
  return { ok: true, codeHash: row.codeHash, callId: row.callId, communityId: row.communityId };
}

/** Burns the code; only one of two simultaneous uses gets through. The day only, so it cannot be matched to the proposal's time. */
export function burnProposalCode(tx: Tx, codeHash: string, at: Date): boolean {
  return (
    tx
      .update(proposalCodes)
      .set({ usedAt: startOfDistrictDay(districtDay(at)) })
      .where(and(eq(proposalCodes.codeHash, codeHash), isNull(proposalCodes.usedAt)))
      .run().changes === 1
  );
}
