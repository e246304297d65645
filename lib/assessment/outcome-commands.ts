import { and, eq } from 'drizzle-orm';
import * as s from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { officialInScope } from './command-guards';
import * as schemas from './schemas';

// A withdrawn outcome is history: it can be read but no longer corrected or withdrawn again.
function liveOutcome(tx: Tx, id: number) {
  const outcome = tx.select().from(s.outcomes).where(eq(s.outcomes.id, id)).get();
  if (!outcome) throw new ActionError('errors.notFound');
  if (outcome.withdrawnAt) throw new ActionError('assessment.errors.outcomeWithdrawn');
  return outcome;
}

/** Promotions and commendations that cite a cycle's result: recorded, corrected, withdrawn. */
export const commands = {
  recordOutcome: defineCommand({
    name: 'assessment.outcomeRecord',
    scope: 'unit',
    permission: 'assessment.manage',
    schema: schemas.outcomeSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const official = officialInScope(tx, ctx, input.officialId);
        const cited = tx
          .select({ grade: s.officialScores.grade })
          .from(s.officialScores)
          .innerJoin(s.scoreSnapshots, eq(s.scoreSnapshots.id, s.officialScores.snapshotId))
          .where(
            and(
              eq(s.scoreSnapshots.cycleId, input.cycleId),
              eq(s.scoreSnapshots.current, true),
              eq(s.officialScores.officialId, input.officialId),
            ),
          )
          .get();
        // An outcome cites a result: without a computed score in this cycle there is nothing to cite.
        if (!cited) throw new ActionError('assessment.errors.noResult');
        const after = tx
          .insert(s.outcomes)
          .values({ ...input, recordedBy: ctx.actor.id })
          .returning()
          .get();
        audit({ entity: 'outcome', entityId: after.id, unitId: official.unitId, after: { ...after, grade: cited.grade } });
        return { id: after.id };
      }),
  }),
  updateOutcome: defineCommand({
    name: 'assessment.outcomeUpdate',
    scope: 'unit',
    permission: 'assessment.manage',
    schema: schemas.updateOutcomeSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const before = liveOutcome(tx, input.id);
        const official = officialInScope(tx, ctx, before.officialId);
        const { id, ...values } = input;
        const after = tx.update(s.outcomes).set(values).where(eq(s.outcomes.id, id)).returning().get();
        audit({ entity: 'outcome', entityId: id, unitId: official.unitId, before, after });
        return { id };
      }),
  }),
  withdrawOutcome: defineCommand({
    name: 'assessment.outcomeWithdraw',
    scope: 'unit',
    permission: 'assessment.manage',
    schema: schemas.withdrawOutcomeSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const before = liveOutcome(tx, input.id);
        const official = officialInScope(tx, ctx, before.officialId);
        const after = tx
          .update(s.outcomes)
          .set({ withdrawnAt: now(), withdrawnBy: ctx.actor.id, withdrawReason: input.reason })
          .where(eq(s.outcomes.id, input.id))
          .returning()
          .get();
        audit({ entity: 'outcome', entityId: input.id, unitId: official.unitId, before, after });
        return { id: input.id, cycleId: before.cycleId, officialId: before.officialId };
      }),
  }),
};
