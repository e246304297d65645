import { and, eq } from 'drizzle-orm';
import { officials, requestCategories, requestEvents, requests, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand, type ActionContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { canMove, resultOf, type Move } from './flow';
import { fileRequest } from './ledger';
import { assignSchema, noteSchema, recordRequestSchema, resolveSchema, startSchema } from './schemas';
import { requestInScope, requestWithPaths } from './scope';

/** Loads the request inside the transaction and refuses one outside the actor's scope or in the wrong state. */
function load(tx: Tx, ctx: ActionContext, id: number, move?: Move) {
  const found = requestWithPaths(tx, id);
  if (!found) throw new ActionError('errors.notFound');
  ctx.scoped(requestInScope(ctx.actor, found));
  if (move && !canMove(move, found.request.status)) throw new ActionError('requests.errors.badMove');
  return found.request;
}

/** One staff move: the request row, its event and the audit row, together. */
function applyMove(
  tx: Tx,
  ctx: ActionContext,
  audit: Parameters<Parameters<ActionContext['write']>[0]>[1],
  id: number,
  move: Move,
  changes: Partial<typeof requests.$inferInsert>,
  note: string,
) {
  const before = load(tx, ctx, id, move);
  const at = now();
  const status = resultOf[move];
  // "Responded" is the first move out of received, whatever it is.
  const responded = before.respondedAt ?? at;
  const after = tx
    .update(requests)
    .set({ ...changes, status, respondedAt: responded })
    .where(eq(requests.id, id))
    .returning()
    .get();
  tx.insert(requestEvents).values({ requestId: id, at, status, note, actorId: ctx.actor.id }).run();
  audit({
    entity: 'request',
    entityId: id,
    unitId: before.communityId,
    before: { status: before.status, assignedOfficialId: before.assignedOfficialId, assignedUnitId: before.assignedUnitId },
    after: { status, ...changes },
  });
  return { id: after.id, number: after.number, status };
}

export const commands = {
  /** A request taken by phone or at the counter: filed like a resident's, with the number and key to hand over. */
  recordRequest: defineCommand({
    name: 'requests.record',
    scope: 'unit',
    permission: 'requests.manage',
    schema: recordRequestSchema,
    run: (input, ctx) =>
      ctx.write((tx, audit) => {
        const community = tx.select().from(units).where(eq(units.id, input.communityId)).get();
        if (community?.kind !== 'community') throw new ActionError('errors.invalid', { communityId: ['field.invalid'] });
        ctx.requireScope(community.path);
        const category = tx.select().from(requestCategories).where(eq(requestCategories.code, input.category)).get();
        if (!category?.active) throw new ActionError('errors.invalid', { category: ['field.invalid'] });
        const filed = fileRequest(
          tx,
          { ...input, categoryId: category.id, communityId: community.id, channel: 'staff' },
          now(),
          ctx.actor.id,
        );
        // The resident's contact stays in the request row only, not copied into the audit trail.
        audit({
          entity: 'request',
          entityId: filed.id,
          unitId: community.id,
          after: { number: filed.number, channel: 'staff', category: category.code },
        });
        // The key is shown once, to be read out or written on a slip for the resident.
        return { number: filed.number, key: filed.key };
      }),
  }),
  assignRequest: defineCommand({
    name: 'requests.assign',
    scope: 'unit',
    permission: 'requests.manage',
    schema: assignSchema,
    run: ({ id, officialId, unitId, note }, ctx) =>
      ctx.write((tx, audit) => {
        let target: { path: string; unitId: number } | undefined;
        if (officialId) {
          target = tx
            .select({ path: units.path, unitId: units.id })
            .from(officials)
            .innerJoin(units, eq(units.id, officials.unitId))
            .where(and(eq(officials.id, officialId), eq(officials.active, true)))
            .get();
        } else if (unitId) {
          target = tx.select({ path: units.path, unitId: units.id }).from(units).where(eq(units.id, unitId)).get();
        }
        if (!target) throw new ActionError('errors.invalid', { officialId: ['field.invalid'] });
        // Staff hand requests only to officials and units they themselves answer for.
        ctx.requireScope(target.path);
        const changes = officialId
          ? { assignedOfficialId: officialId, assignedUnitId: target.unitId }
          : { assignedOfficialId: null, assignedUnitId: target.unitId };
        return applyMove(tx, ctx, audit, id, 'assign', changes, note);
      }),
  }),
  startRequest: defineCommand({
    name: 'requests.start',
    scope: 'unit',
    permission: 'requests.manage',
    schema: startSchema,
    run: ({ id, note }, ctx) => ctx.write((tx, audit) => applyMove(tx, ctx, audit, id, 'start', {}, note)),
  }),
  resolveRequest: defineCommand({
    name: 'requests.resolve',
    scope: 'unit',
    permission: 'requests.manage',
    schema: resolveSchema,
    run: ({ id, resolution }, ctx) =>
      ctx.write((tx, audit) => applyMove(tx, ctx, audit, id, 'resolve', { resolution, resolvedAt: now() }, resolution)),
  }),
  noteRequest: defineCommand({
    name: 'requests.note',
    scope: 'unit',
    permission: 'requests.manage',
    schema: noteSchema,
    run: ({ id, note, public: shown }, ctx) =>
      ctx.write((tx, audit) => {
        const request = load(tx, ctx, id);
        const internal = shown !== 'on';
        tx.insert(requestEvents).values({ requestId: id, at: now(), status: request.status, note, internal, actorId: ctx.actor.id }).run();
        audit({ entity: 'request', entityId: id, unitId: request.communityId, after: { note, internal } });
        return { id };
      }),
  }),
};
