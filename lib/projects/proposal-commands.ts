import { and, eq, ne } from 'drizzle-orm';
import { projectProposals } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { loadCall, loadProposal, unitById } from './guards';
import { insertProposal } from './proposals';
import { screenSchema, staffProposalSchema } from './schemas';

export const commands = {
  /** A proposal from a community office or committee (unit staff, for their communities) or from a deputy. */
  propose: defineCommand({
    name: 'projects.propose',
    scope: 'unit',
    permission: 'projects.propose',
    schema: staffProposalSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const { call, unitPath } = loadCall(tx, ctx, input.callId, ['proposals'], { byCommunity: true });
        const community = unitById(tx, input.communityId);
        if (community?.kind !== 'community' || !community.path.startsWith(unitPath))
          throw new ActionError('errors.invalid', { communityId: ['field.invalid'] });
        // A deputy's proposal is a deputy's; a community office's or committee's is entered by staff.
        if (ctx.actor.role === 'deputy' ? input.source !== 'deputy' : input.source === 'deputy')
          throw new ActionError('errors.invalid', { source: ['field.invalid'] });
        ctx.requireScope(community.path);
        const proposerName = input.source === 'deputy' ? ctx.actor.displayName : input.proposerName;
        if (input.source === 'committee' && !proposerName) throw new ActionError('errors.invalid', { proposerName: ['field.required'] });
        const id = insertProposal(tx, { ...input, proposerName, submittedBy: ctx.actor.id }, now());
        audit({
          entity: 'project_proposal',
          entityId: id,
          unitId: community.id,
          after: { callId: call.id, title: input.title, source: input.source },
        });
        return { id };
      }),
  }),
  /** Screening with a public reason: feasible (with an estimated cost and a responsible unit), merged, out of scope or not feasible. */
  screen: defineCommand({
    name: 'projects.screen',
    scope: 'unit',
    permission: 'projects.manage',
    schema: screenSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const before = loadProposal(tx, input.id);
        loadCall(tx, ctx, before.callId, ['proposals', 'screening']);
        const changes: Partial<typeof projectProposals.$inferInsert> = {
          status: input.status as typeof before.status,
          screeningReason: input.reason,
          estimatedCost: null,
          responsibleUnitId: null,
          mergedIntoId: null,
          screenedAt: now(),
          screenedBy: ctx.actor.id,
        };
        if (input.status === 'feasible') {
          const fieldErrors: Record<string, string[]> = {};
          if (!input.estimatedCost) fieldErrors.estimatedCost = ['field.required'];
          const unit = input.responsibleUnitId ? unitById(tx, input.responsibleUnitId) : undefined;
          if (!unit) fieldErrors.responsibleUnitId = ['field.required'];
          if (Object.keys(fieldErrors).length) throw new ActionError('errors.invalid', fieldErrors);
          Object.assign(changes, { estimatedCost: input.estimatedCost, responsibleUnitId: unit!.id });
        }
        if (input.status === 'merged') {
          const into = input.mergedIntoId
            ? tx
                .select()
                .from(projectProposals)
                .where(
                  and(
                    eq(projectProposals.id, input.mergedIntoId),
                    eq(projectProposals.callId, before.callId),
                    ne(projectProposals.id, before.id),
                  ),
                )
                .get()
            : undefined;
          if (!into || into.status === 'merged') throw new ActionError('errors.invalid', { mergedIntoId: ['field.invalid'] });
          changes.mergedIntoId = into.id;
        }
        tx.update(projectProposals).set(changes).where(eq(projectProposals.id, before.id)).run();
        audit({
          entity: 'project_proposal',
          entityId: before.id,
          unitId: before.communityId,
          before: { status: before.status, reason: before.screeningReason, estimatedCost: before.estimatedCost },
          after: { ...changes, screenedAt: undefined },
        });
        return { id: before.id };
      }),
  }),
};
