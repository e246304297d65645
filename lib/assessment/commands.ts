import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import * as s from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { cycleOr404, officialInScope } from './command-guards';
import { now } from '@/lib/clock';
import { computeCycle } from './compute';
import { metricOf } from './sources';
import * as schemas from './schemas';

const cycleValues = (c: ReturnType<typeof schemas.cycleSchema.parse>) => ({
  name: c.name,
  nameEn: c.nameEn,
  year: c.year,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  residentsFloor: c.residentsFloor,
  gradeThresholds: { excellent: c.excellent, competent: c.competent, basic: c.basic },
  excellentCapPercent: c.excellentCapPercent,
});

export const commands = {
  createCycle: defineCommand({
    name: 'assessment.cycleCreate',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.cycleSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        const cycle = tx.insert(s.assessmentCycles).values(cycleValues(input)).returning().get();
        if (input.copyFrom) {
          const source = cycleOr404(tx, input.copyFrom);
          for (const i of tx.select().from(s.indicators).where(eq(s.indicators.cycleId, source.id)).all())
            tx.insert(s.indicators)
              .values({ ...i, id: undefined, cycleId: cycle.id })
              .run();
          for (const v of tx.select().from(s.vetoItems).where(eq(s.vetoItems.cycleId, source.id)).all())
            tx.insert(s.vetoItems).values({ cycleId: cycle.id, name: v.name }).run();
        }
        audit({ entity: 'assessment_cycle', entityId: cycle.id, after: cycle });
        return { id: cycle.id };
      });
    },
  }),
  updateCycle: defineCommand({
    name: 'assessment.cycleUpdate',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.updateCycleSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        const before = cycleOr404(tx, input.id);
        const after = tx.update(s.assessmentCycles).set(cycleValues(input)).where(eq(s.assessmentCycles.id, input.id)).returning().get();
        audit({ entity: 'assessment_cycle', entityId: input.id, before, after });
        return { id: input.id };
      });
    },
  }),
  saveIndicator: defineCommand({
    name: 'assessment.indicatorSave',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.indicatorSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        cycleOr404(tx, input.cycleId);
        const normalization =
          input.normalization === 'linear'
            ? { kind: 'linear', min: Number(input.min), max: Number(input.max) }
            : { kind: input.normalization };
        const values = {
          cycleId: input.cycleId,
          code: input.code,
          name: input.name,
          weight: input.weight,
          source: input.source,
          metric: metricOf(input.source, input.metric),
          normalization,
          position: input.position,
        };
        const clash = tx
          .select()
          .from(s.indicators)
          .where(and(eq(s.indicators.cycleId, input.cycleId), eq(s.indicators.code, input.code)))
          .get();
        if (clash && clash.id !== (input.id || undefined)) throw new ActionError('errors.invalid', { code: ['field.invalid'] });
        if (input.id) {
          const before = tx.select().from(s.indicators).where(eq(s.indicators.id, input.id)).get();
          if (!before || before.cycleId !== input.cycleId) throw new ActionError('errors.notFound');
          const after = tx.update(s.indicators).set(values).where(eq(s.indicators.id, input.id)).returning().get();
          audit({ entity: 'indicator', entityId: input.id, before, after });
          return { id: input.id };
        }
        const after = tx.insert(s.indicators).values(values).returning().get();
        audit({ entity: 'indicator', entityId: after.id, after });
        return { id: after.id };
      });
    },
  }),
  removeIndicator: defineCommand({
    name: 'assessment.indicatorRemove',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.removeSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        const before = tx.select().from(s.indicators).where(eq(s.indicators.id, input.id)).get();
        if (!before) throw new ActionError('errors.notFound');
        // The manual scores go with the indicator; the audit row keeps them, so nothing typed is lost.
        const manualScores = tx.delete(s.manualScores).where(eq(s.manualScores.indicatorId, input.id)).returning().all();
        tx.delete(s.indicators).where(eq(s.indicators.id, input.id)).run();
        audit({ entity: 'indicator', entityId: input.id, before: { ...before, manualScores } });
        return { id: input.id };
      });
    },
  }),
  addVetoItem: defineCommand({
    name: 'assessment.vetoItemAdd',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.vetoItemSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        cycleOr404(tx, input.cycleId);
        const after = tx.insert(s.vetoItems).values(input).returning().get();
        audit({ entity: 'veto_item', entityId: after.id, after });
        return { id: after.id };
      });
    },
  }),
  recordVeto: defineCommand({
    name: 'assessment.vetoRecord',
    scope: 'unit',
    permission: 'assessment.manage',
    schema: schemas.vetoSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const item = tx.select().from(s.vetoItems).where(eq(s.vetoItems.id, input.vetoItemId)).get();
        if (!item) throw new ActionError('errors.notFound');
        const official = officialInScope(tx, ctx, input.officialId);
        const after = tx
          .insert(s.vetoes)
          .values({ ...input, recordedBy: ctx.actor.id })
          .returning()
          .get();
        audit({ entity: 'veto', entityId: after.id, unitId: official.unitId, after });
        return { id: after.id };
      }),
  }),
  setManualScore: defineCommand({
    name: 'assessment.manualScore',
    scope: 'unit',
    permission: 'assessment.manage',
    schema: schemas.manualScoreSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const indicator = tx.select().from(s.indicators).where(eq(s.indicators.id, input.indicatorId)).get();
        if (!indicator || indicator.source !== 'manual') throw new ActionError('errors.notFound');
        const official = officialInScope(tx, ctx, input.officialId);
        const values = { ...input, recordedBy: ctx.actor.id };
        tx.insert(s.manualScores)
          .values(values)
          .onConflictDoUpdate({ target: [s.manualScores.indicatorId, s.manualScores.officialId], set: values })
          .run();
        audit({ entity: 'manual_score', entityId: `${input.indicatorId}:${input.officialId}`, unitId: official.unitId, after: values });
        return { indicatorId: input.indicatorId };
      }),
  }),
  compute: defineCommand({
    name: 'assessment.compute',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.computeSchema,
    run: async (input, ctx) => {
      const outcome = await computeCycle(db(), input.cycleId, ctx.actor);
      if (!outcome) throw new ActionError('errors.notFound');
      if (!outcome.ok) throw new ActionError('assessment.errors.configInvalid');
      return outcome;
    },
  }),
  publish: defineCommand({
    name: 'assessment.publish',
    scope: 'district',
    permission: 'assessment.manage',
    schema: schemas.publishSchema,
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        const before = cycleOr404(tx, input.cycleId);
        const items = input['items[]'];
        const current = tx
          .select({ id: s.scoreSnapshots.id })
          .from(s.scoreSnapshots)
          .where(and(eq(s.scoreSnapshots.cycleId, input.cycleId), eq(s.scoreSnapshots.current, true)))
          .get();
        if (items.length && !current) throw new ActionError('assessment.errors.noResult');
        // Publishing pins the current snapshot: the public keeps seeing exactly this result until the
        // next publication, whatever is recomputed meanwhile. The date moves when the result does.
        const snapshotId = items.length ? current!.id : null;
        const publishedAt = !items.length ? null : before.publishedSnapshotId === snapshotId ? (before.publishedAt ?? now()) : now();
        const after = tx
          .update(s.assessmentCycles)
          .set({ publicItems: items, publishedAt, publishedSnapshotId: snapshotId })
          .where(eq(s.assessmentCycles.id, input.cycleId))
          .returning()
          .get();
        audit({
          entity: 'assessment_cycle',
          entityId: input.cycleId,
          before: { publicItems: before.publicItems, publishedSnapshotId: before.publishedSnapshotId },
          after: { publicItems: after.publicItems, publishedSnapshotId: after.publishedSnapshotId },
        });
        return { id: input.cycleId };
      });
    },
  }),
};
