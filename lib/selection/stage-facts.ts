import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import { candidates, elections, nominations, selections } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { StageFacts } from './stages';

/** What the next stage depends on: read inside the move's transaction, and by the page to say why not. */
export function stageFacts(database: Tx | Db, selectionId: number): StageFacts {
  const n = sql<number>`count(*)`;
  return {
    candidates: database
      .select({ n })
      .from(candidates)
      .where(and(eq(candidates.selectionId, selectionId), eq(candidates.withdrawn, false)))
      .get()!.n,
    undecidedNominations: database
      .select({ n })
      .from(nominations)
      .where(and(eq(nominations.selectionId, selectionId), eq(nominations.status, 'pending')))
      .get()!.n,
    setupFrozen: setupFrozen(database, selectionId),
  };
}

/** Voting may open on an encrypted selection only once its setup is frozen (Belenios: credentials are part of Setup). */
export function setupFrozen(database: Tx | Db, selectionId: number): boolean {
  const mode = database.select({ mode: selections.mode }).from(selections).where(eq(selections.id, selectionId)).get()?.mode;
  if (mode !== 'encrypted') return true;
  const phase = database.select({ phase: elections.phase }).from(elections).where(eq(elections.selectionId, selectionId)).get()?.phase;
  return phase !== undefined && phase !== 'keys' && phase !== 'ready';
}
