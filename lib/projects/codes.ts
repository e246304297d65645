import { createHash } from 'node:crypto';
import { proposalCodes } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { generateCode } from '@/lib/selection/codes';

export { formatCode, generateCode, normalizeCode } from '@/lib/selection/codes';

/** Proposal and rating codes share the ballot codes' alphabet and length, each with its own hash domain. */
export const hashProposalCode = (code: string) => createHash('sha256').update(`minping:proposal-code:${code}`).digest('hex');
export const hashRatingCode = (code: string) => createHash('sha256').update(`minping:project-rating-code:${code}`).digest('hex');

/** New one-time proposal codes; only their hashes are stored, so the plain codes exist once, here. */
export function insertCodes(tx: Tx, callId: number, communityId: number, count: number): string[] {
  const codes: string[] = [];
  while (codes.length < count) {
    const code = generateCode();
    const inserted = tx
      .insert(proposalCodes)
      .values({ codeHash: hashProposalCode(code), callId, communityId })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 1) codes.push(code);
  }
  return codes;
}
