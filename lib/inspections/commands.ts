import { and, eq, inArray } from 'drizzle-orm';
import { inspections, officials, recommendations, sites, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';

import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { checkInspection } from './rules';
import { createSiteSchema, recordInspectionSchema, setSiteActiveSchema, updateRecommendationSchema, updateSiteSchema } from './schemas';
import { insertInspection } from './write';

const unitPath = (tx: Tx, unitId: number) => tx.select({ path: units.path }).from(units).where(eq(units.id, unitId)).get()?.path;
const siteWithPath = (tx: Tx, id: number) =>
  tx.select({ site: sites, path: units.path }).from(sites).innerJoin(units, eq(units.id, sites.unitId)).where(eq(sites.id, id)).get();

export const commands = {
  createSite: defineCommand({
    name: 'site.create',
    scope: 'unit',
    permission: 'inspections.record',
    schema: createSiteSchema,
    run: (input, { write, requireScope }) =>
      write((tx, audit) => {
        requireScope(unitPath(tx, input.unitId));
        const row = tx.insert(sites).values(input).returning().get();
        audit({ entity: 'site', entityId: row.id, unitId: row.unitId, after: row });
        return { id: row.id };
      }),
  }),
  updateSite: defineCommand({
    name: 'site.update',
    scope: 'unit',
    permission: 'inspections.record',
    schema: updateSiteSchema,
    run: ({ id, ...fields }, { write, requireScope }) =>
      write((tx, audit) => {
        const before = siteWithPath(tx, id);
        if (!before) throw new ActionError('errors.notFound');
        requireScope(before.path);
        requireScope(unitPath(tx, fields.unitId));
        const after = tx.update(sites).set(fields).where(eq(sites.id, id)).returning().get();
        audit({ entity: 'site', entityId: id, unitId: after.unitId, before: before.site, after });
        return { id };
      }),
  }),
  setSiteActive: defineCommand({
    name: 'site.setActive',
    scope: 'unit',
    permission: 'inspections.record',
    schema: setSiteActiveSchema,
    run: ({ id, active }, { write, requireScope }) =>
      write((tx, audit) => {
        const before = siteWithPath(tx, id);
        if (!before) throw new ActionError('errors.notFound');
        requireScope(before.path);
        tx.update(sites).set({ active }).where(eq(sites.id, id)).run();
        audit({ entity: 'site', entityId: id, unitId: before.site.unitId, before: { active: before.site.active }, after: { active } });
        return { id };
      }),
  }),
  recordInspection: defineCommand({
    name: 'inspection.record',
    scope: 'unit',
    permission: 'inspections.record',
    schema: recordInspectionSchema,
    run: (input, { actor, write, requireScope }) => {
      const check = checkInspection(
        {
          methods: input['methods[]'],
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          officialIds: input['officialIds[]'],
          ratings: input['ratings[]'],
          recommendations: input['recommendations[]'],
        },
        districtDay(now()),
      );
      if (!check.ok) throw new ActionError(check.problem, check.fieldErrors);
      return write((tx, audit) => {
        const site = siteWithPath(tx, input.siteId);
        if (!site) throw new ActionError('errors.notFound', { siteId: ['field.required'] });
        requireScope(site.path);
        if (!site.site.active) throw new ActionError('inspections.problems.siteInactive', { siteId: ['field.invalid'] });
        // Officials may come from any unit the inspector covers (a district leader is inspected at a
        // community site), never from outside it, and never one who has left the roster.
        const ids = check.officials.map((o) => o.officialId);
        const found = tx
          .select({ id: officials.id, path: units.path })
          .from(officials)
          .innerJoin(units, eq(units.id, officials.unitId))
          .where(and(inArray(officials.id, ids), eq(officials.active, true)))
          .all();
        if (found.length !== ids.length) throw new ActionError('inspections.problems.officialMissing');
        for (const o of found) requireScope(o.path);
        const row = insertInspection(tx, {
          siteId: site.site.id,
          methods: check.methods,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          findings: input.findings,
          officials: check.officials,
          recommendations: check.recommendations,
          recordedBy: actor.id,
        });
        audit({ entity: 'inspection', entityId: row.id, unitId: site.site.unitId, after: { ...row, officials: check.officials } });
        return { id: row.id };
      });
    },
  }),
  updateRecommendation: defineCommand({
    name: 'recommendation.update',
    scope: 'unit',
    permission: 'inspections.record',
    schema: updateRecommendationSchema,
    run: ({ id, status, followUp }, { write, requireScope }) =>
      write((tx, audit) => {
        const before = tx
          .select({ rec: recommendations, path: units.path, unitId: units.id })
          .from(recommendations)
          .innerJoin(inspections, eq(inspections.id, recommendations.inspectionId))
          .innerJoin(sites, eq(sites.id, inspections.siteId))
          .innerJoin(units, eq(units.id, sites.unitId))
          .where(eq(recommendations.id, id))
          .get();
        if (!before) throw new ActionError('errors.notFound');
        requireScope(before.path);
        if (status === 'done' && followUp === '' && before.rec.followUp === '')
          throw new ActionError('inspections.problems.followUpNeeded', { followUp: ['field.required'] });
        const after = tx
          .update(recommendations)
          .set({ status, followUp: followUp || before.rec.followUp, updatedAt: now() })
          .where(eq(recommendations.id, id))
          .returning()
          .get();
        audit({ entity: 'recommendation', entityId: id, unitId: before.unitId, before: before.rec, after });
        return { id: before.rec.inspectionId };
      }),
  }),
};
