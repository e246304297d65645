import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/tx';
import { surveyorAssignments, units } from '@/db/schema';
import { ActionError, type ActionContext } from '@/lib/action/core';

/**
 * A surveyor enters results only in the communities assigned to them for this survey; an organizer
 * anywhere in their own units. Both checks run inside the write transaction.
 */
export function requireEntryScope(tx: Tx, ctx: ActionContext, surveyId: number, communityId: number) {
  const community = tx.select({ path: units.path }).from(units).where(eq(units.id, communityId)).get();
  ctx.requireScope(community?.path);
  if (ctx.actor.role !== 'surveyor') return;
  const assigned = tx
    .select({ staffId: surveyorAssignments.staffId })
    .from(surveyorAssignments)
    .where(
      and(
        eq(surveyorAssignments.surveyId, surveyId),
        eq(surveyorAssignments.communityId, communityId),
        eq(surveyorAssignments.staffId, ctx.actor.id),
      ),
    )
    .get();
  if (!assigned) throw new ActionError('errors.outOfScope');
}
