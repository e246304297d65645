import { and, eq, isNull } from 'drizzle-orm';
import { ballotCodes, candidates, codeBatches, criteria, elections, nominations, officials, selections, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { revalidateAfterCommit } from '@/lib/revalidate';
import { hashBallotCode, normalizeCode } from './codes';
import {
  decideNominationSchema,
  moderateCriterionSchema,
  revokeBatchSchema,
  revokeCodeSchema,
  selectionFields,
  setStageSchema,
  updateSelectionSchema,
} from './schemas';
import { setupFrozen, stageFacts } from './stage-facts';
import { nextStage, previousStage, stageMoveRefusal } from './stages';

export function selectionOf(tx: Tx, id: number) {
  const selection = tx.select().from(selections).where(eq(selections.id, id)).get();
  if (!selection) throw new ActionError('errors.notFound');
  return selection;
}

export const commands = {
  createSelection: defineCommand({
    name: 'selection.create',
    scope: 'district',
    permission: 'selection.manage',
    schema: selectionFields,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        if (tx.select().from(selections).where(eq(selections.year, input.year)).get())
          throw new ActionError('errors.invalid', { year: ['field.yearTaken'] });
        const row = tx
          .insert(selections)
          .values({ ...input, mode: input.mode ?? 'plain', votingOpensAt: input.votingOpensAt!, votingClosesAt: input.votingClosesAt! })
          .returning()
          .get();
        audit({ entity: 'selection', entityId: row.id, after: row });
        revalidateAfterCommit({ selection: row.year }, { when: [row.votingOpensAt, row.votingClosesAt] });
        return { id: row.id };
      }),
  }),

  updateSelection: defineCommand({
    name: 'selection.update',
    scope: 'district',
    permission: 'selection.manage',
    schema: updateSelectionSchema,
    run: ({ id, ...input }, ctx) =>
      ctx.write((tx, audit) => {
        const before = selectionOf(tx, id);
        if (!['draft', 'criteria', 'nomination', 'voting'].includes(before.stage)) throw new ActionError('errors.selectionLocked');
        // Once voting has started, the ballot itself must not change under the voters.
        const started = before.stage === 'voting';
        if (started && (input.year !== before.year || input.maxChoices !== before.maxChoices))
          throw new ActionError('errors.selectionLocked');
        // An encrypted selection's ballot is fixed in its election from the moment its setup is frozen.
        const frozen = before.mode === 'encrypted' && setupFrozen(tx, id);
        if (frozen && input.maxChoices !== before.maxChoices) throw new ActionError('errors.selectionLocked');
        const mode = input.mode ?? before.mode;
        if (mode !== before.mode && (started || tx.select().from(elections).where(eq(elections.selectionId, id)).get()))
          throw new ActionError('election.errors.modeLocked');
        const clash = tx.select().from(selections).where(eq(selections.year, input.year)).get();
        if (clash && clash.id !== id) throw new ActionError('errors.invalid', { year: ['field.yearTaken'] });
        const after = tx
          .update(selections)
          .set({ ...input, mode, votingOpensAt: input.votingOpensAt!, votingClosesAt: input.votingClosesAt! })
          .where(eq(selections.id, id))
          .returning()
          .get();
        audit({ entity: 'selection', entityId: id, before, after });
        revalidateAfterCommit({ selection: before.year });
        revalidateAfterCommit({ selection: after.year }, { when: [after.votingOpensAt, after.votingClosesAt] });
        return { id };
      }),
  }),

  setStage: defineCommand({
    name: 'selection.stage',
    scope: 'district',
    permission: 'selection.manage',
    schema: setStageSchema,
    run: ({ id, direction, to }, ctx) =>
      ctx.write((tx, audit) => {
        const before = selectionOf(tx, id);
        const stage = (direction === 'next' ? nextStage : previousStage)[before.stage];
        // The form names the stage it moves to; a page loaded before someone else moved it must not move it twice.
        if (!stage || (to && to !== stage)) throw new ActionError('errors.stageMove');
        const refusal = stageMoveRefusal(before, stage, stageFacts(tx, id), now());
        if (refusal) throw new ActionError(refusal);
        tx.update(selections).set({ stage }).where(eq(selections.id, id)).run();
        audit({ entity: 'selection', entityId: id, before: { stage: before.stage }, after: { stage } });
        revalidateAfterCommit({ selection: before.year });
        return { id, stage };
      }),
  }),

  moderateCriterion: defineCommand({
    name: 'criterion.moderate',
    scope: 'district',
    permission: 'selection.manage',
    schema: moderateCriterionSchema,
    run: ({ id, status, textEn }, ctx) =>
      ctx.write((tx, audit) => {
        const before = tx.select().from(criteria).where(eq(criteria.id, id)).get();
        if (!before) throw new ActionError('errors.notFound');
        const english = textEn === undefined ? before.textEn : textEn || null;
        tx.update(criteria).set({ status, textEn: english }).where(eq(criteria.id, id)).run();
        audit({
          entity: 'criterion',
          entityId: id,
          before: { status: before.status, textEn: before.textEn },
          after: { status, textEn: english },
        });
        revalidateAfterCommit({ selection: selectionOf(tx, before.selectionId).year });
        return { id, selectionId: before.selectionId, status };
      }),
  }),

  decideNomination: defineCommand({
    name: 'nomination.decide',
    scope: 'district',
    permission: 'selection.manage',
    schema: decideNominationSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const nomination = tx.select().from(nominations).where(eq(nominations.id, input.id)).get();
        if (!nomination) throw new ActionError('errors.notFound');
        const selection = selectionOf(tx, nomination.selectionId);
        if (!['criteria', 'nomination', 'draft'].includes(selection.stage)) throw new ActionError('errors.selectionLocked');
        // A second click, or a list another organizer has already worked through, decides nothing twice.
        if (nomination.status !== 'pending') throw new ActionError('errors.alreadyDecided');
        const decided = { id: input.id, selectionId: selection.id, decision: input.decision };
        if (selection.mode === 'encrypted' && setupFrozen(tx, selection.id)) throw new ActionError('election.errors.ballotFixed');
        if (input.decision === 'reject') {
          tx.update(nominations).set({ status: 'rejected', decisionReason: input.reason }).where(eq(nominations.id, input.id)).run();
          audit({
            entity: 'nomination',
            entityId: input.id,
            before: { status: nomination.status },
            after: { status: 'rejected', reason: input.reason },
          });
          return decided;
        }
        // A resident may name someone not on the roster; the organizer links the nomination to a roster entry.
        const officialId = nomination.officialId ?? (input.officialId || null);
        if (!officialId) throw new ActionError('errors.invalid', { officialId: ['field.officialRequired'] });
        const official = tx
          .select()
          .from(officials)
          .where(and(eq(officials.id, officialId), eq(officials.active, true)))
          .get();
        if (!official) throw new ActionError('errors.invalid', { officialId: ['field.officialRequired'] });
        tx.update(nominations)
          .set({ status: 'approved', officialId, decisionReason: input.reason || null })
          .where(eq(nominations.id, input.id))
          .run();
        const candidate = tx
          .insert(candidates)
          .values({ selectionId: selection.id, officialId })
          .onConflictDoUpdate({ target: [candidates.selectionId, candidates.officialId], set: { withdrawn: false } })
          .returning()
          .get();
        audit({
          entity: 'nomination',
          entityId: input.id,
          unitId: official.unitId,
          before: { status: nomination.status },
          after: { status: 'approved', officialId, candidateId: candidate.id },
        });
        revalidateAfterCommit({ selection: selection.year });
        return { ...decided, candidateId: candidate.id };
      }),
  }),

  revokeBatch: defineCommand({
    name: 'codes.revokeBatch',
    scope: 'unit',
    permission: 'codes.issue',
    schema: revokeBatchSchema,
    run: ({ batchId }, ctx) =>
      ctx.write((tx, audit) => {
        const batch = tx
          .select()
          .from(codeBatches)
          .where(and(eq(codeBatches.id, batchId), isNull(codeBatches.revokedAt)))
          .get();
        if (!batch) throw new ActionError('errors.notFound');
        ctx.requireScope(tx.select({ path: units.path }).from(units).where(eq(units.id, batch.communityId)).get()?.path);
        const revoked = tx
          .update(ballotCodes)
          .set({ status: 'revoked' })
          .where(and(eq(ballotCodes.batchId, batchId), eq(ballotCodes.status, 'unused')))
          .run().changes;
        tx.update(codeBatches).set({ revokedAt: new Date() }).where(eq(codeBatches.id, batchId)).run();
        audit({ entity: 'code_batch', entityId: batchId, unitId: batch.communityId, after: { revoked } });
        return { revoked, selectionId: batch.selectionId };
      }),
  }),

  revokeCode: defineCommand({
    name: 'codes.revokeOne',
    scope: 'unit',
    permission: 'codes.issue',
    schema: revokeCodeSchema,
    run: ({ selectionId, code }, ctx) =>
      ctx.write((tx, audit) => {
        const selection = selectionOf(tx, selectionId);
        const hash = hashBallotCode(selection.year, normalizeCode(code)!);
        const row = tx
          .select({ status: ballotCodes.status, batchId: ballotCodes.batchId, communityId: codeBatches.communityId, path: units.path })
          .from(ballotCodes)
          .innerJoin(codeBatches, eq(codeBatches.id, ballotCodes.batchId))
          .innerJoin(units, eq(units.id, codeBatches.communityId))
          .where(and(eq(ballotCodes.codeHash, hash), eq(ballotCodes.selectionId, selectionId)))
          .get();
        if (!row) throw new ActionError('errors.invalid', { code: ['field.codeUnknown'] });
        ctx.requireScope(row.path);
        if (row.status !== 'unused')
          throw new ActionError('errors.invalid', { code: [row.status === 'used' ? 'field.codeUsed' : 'field.codeRevoked'] });
        tx.update(ballotCodes).set({ status: 'revoked' }).where(eq(ballotCodes.codeHash, hash)).run();
        // The audit names the batch, never the code itself.
        audit({ entity: 'code_batch', entityId: row.batchId, unitId: row.communityId, after: { revokedOne: true } });
        return { batchId: row.batchId };
      }),
  }),
};
