import { and, eq, isNull, or } from 'drizzle-orm';
import { callDeputies, projectCalls, projectProposals, staff, type CallRule } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { insertCodes } from './codes';
import { loadCall, unitById } from './guards';
import { freezeCallSetup } from './residents-election';
import { callSchema, codesSchema, stageSchema } from './schemas';

const next: Record<string, string> = { draft: 'proposals', proposals: 'screening', screening: 'voting' };

/** Deputies of a district call are the district-wide deputy accounts; of a street call, the street's. */
export function electorate(tx: Tx, call: { unitId: number }, unitKind: string) {
  return tx
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(
      and(
        eq(staff.role, 'deputy'),
        eq(staff.disabled, false),
        unitKind === 'district' ? or(isNull(staff.unitId), eq(staff.unitId, call.unitId)) : eq(staff.unitId, call.unitId),
      ),
    )
    .orderBy(staff.id)
    .all();
}

export const commands = {
  saveCall: defineCommand({
    name: 'projects.callSave',
    scope: 'unit',
    permission: 'projects.manage',
    schema: callSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const unit = unitById(tx, input.unitId);
        if (!unit || unit.kind === 'community') throw new ActionError('errors.invalid', { unitId: ['field.invalid'] });
        ctx.requireScope(unit.path);
        const { id, ...values } = input;
        const clash = tx
          .select({ id: projectCalls.id })
          .from(projectCalls)
          .where(and(eq(projectCalls.unitId, input.unitId), eq(projectCalls.year, input.year)))
          .get();
        if (clash && clash.id !== id) throw new ActionError('errors.invalid', { year: ['field.yearTaken'] });
        if (!id) {
          const row = tx.insert(projectCalls).values(values).returning().get();
          audit({ entity: 'project_call', entityId: row.id, unitId: row.unitId, after: values });
          return { id: row.id };
        }
        const { call: before } = loadCall(tx, ctx, id);
        // The rule is published when the call opens: from then on only the words can change.
        const locked = before.stage !== 'draft';
        if (
          locked &&
          (before.mode !== input.mode ||
            before.budget !== input.budget ||
            before.maxChoices !== input.maxChoices ||
            before.year !== input.year ||
            before.unitId !== input.unitId)
        )
          throw new ActionError('projects.errors.ruleLocked');
        tx.update(projectCalls).set(values).where(eq(projectCalls.id, id)).run();
        audit({ entity: 'project_call', entityId: id, unitId: before.unitId, before, after: values });
        return { id };
      }),
  }),
  moveStage: defineCommand({
    name: 'projects.callStage',
    scope: 'unit',
    permission: 'projects.manage',
    schema: stageSchema,
    run: ({ id, to }, ctx) =>
      ctx.write((tx, audit) => {
        const { call, unitKind } = loadCall(tx, ctx, id);
        if (next[call.stage] !== to) throw new ActionError('projects.errors.wrongStage');
        const changes: Partial<typeof projectCalls.$inferInsert> = { stage: to as 'proposals' | 'screening' | 'voting' };
        if (to === 'proposals') {
          changes.rule = { mode: call.mode, budget: call.budget, maxChoices: call.maxChoices, deputies: null } satisfies CallRule;
          changes.openedAt = now();
        }
        if (to === 'voting') {
          const ready = tx
            .select()
            .from(projectProposals)
            .where(and(eq(projectProposals.callId, id), eq(projectProposals.status, 'feasible')))
            .all();
          if (ready.length === 0) throw new ActionError('projects.errors.nothingFeasible');
          if (
            tx
              .select()
              .from(projectProposals)
              .where(and(eq(projectProposals.callId, id), eq(projectProposals.status, 'pending')))
              .get()
          )
            throw new ActionError('projects.errors.unscreened');
          if (call.mode === 'deputies') {
            const deputies = electorate(tx, call, unitKind);
            if (deputies.length === 0) throw new ActionError('projects.errors.noDeputies');
            for (const d of deputies) tx.insert(callDeputies).values({ callId: id, deputyId: d.id, name: d.name }).run();
            changes.rule = { ...call.rule!, deputies: deputies.length };
          }
          // The residents' ballot is fixed into the call's encrypted election as voting opens.
          if (call.mode === 'residents') freezeCallSetup(tx, call, now());
        }
        tx.update(projectCalls).set(changes).where(eq(projectCalls.id, id)).run();
        audit({ entity: 'project_call', entityId: id, unitId: call.unitId, before: { stage: call.stage }, after: changes });
        return { id, stage: to };
      }),
  }),
  issueProposalCodes: defineCommand({
    name: 'projects.proposalCodes',
    scope: 'unit',
    permission: 'projects.propose',
    schema: codesSchema,
    run: ({ callId, communityId, count }, ctx) =>
      ctx.write((tx, audit) => {
        // A draft call is its managers' alone: only they prepare its codes before it opens.
        const stages = can(ctx.actor.role, 'projects.manage') ? (['draft', 'proposals'] as const) : (['proposals'] as const);
        const { call, unitPath } = loadCall(tx, ctx, callId, stages, { byCommunity: true });
        const community = unitById(tx, communityId);
        if (community?.kind !== 'community' || !community.path.startsWith(unitPath))
          throw new ActionError('errors.invalid', { communityId: ['field.invalid'] });
        // Community offices hand out codes for their own communities only.
        ctx.requireScope(community.path);
        const codes = insertCodes(tx, callId, communityId, count);
        audit({ entity: 'project_call', entityId: call.id, unitId: communityId, after: { proposalCodes: count, communityId } });
        return { codes, community: community.name };
      }),
  }),
};
