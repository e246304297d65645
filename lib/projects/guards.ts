import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { projectCalls, projectEvents, projectProposals, projects, units, type CallStage } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, type ActionContext } from '@/lib/action/core';

export type Audit = Parameters<Parameters<ActionContext['write']>[0]>[1];

const responsible = alias(units, 'responsible');

/**
 * The call inside the transaction, refused outside the actor's units or in the wrong stage. Proposals
 * and their codes are scoped by their community instead (`byCommunity`): a street's office takes part
 * in the district's call for its own communities only, and the caller checks that.
 */
export function loadCall(tx: Tx, ctx: ActionContext, id: number, stages?: readonly CallStage[], { byCommunity = false } = {}) {
  const row = tx
    .select({ call: projectCalls, unitPath: units.path, unitKind: units.kind })
    .from(projectCalls)
    .innerJoin(units, eq(units.id, projectCalls.unitId))
    .where(eq(projectCalls.id, id))
    .get();
  if (!row) throw new ActionError('errors.notFound');
  if (!byCommunity) ctx.requireScope(row.unitPath);
  if (stages && !stages.includes(row.call.stage)) throw new ActionError('projects.errors.wrongStage');
  return row;
}

export function loadProposal(tx: Tx, id: number) {
  const row = tx.select().from(projectProposals).where(eq(projectProposals.id, id)).get();
  if (!row) throw new ActionError('errors.notFound');
  return row;
}

/** A project its responsible unit answers for: staff change only their own units' projects. */
export function loadProject(tx: Tx, ctx: ActionContext, id: number) {
  const row = tx
    .select({ project: projects, unitPath: responsible.path })
    .from(projects)
    .innerJoin(responsible, eq(responsible.id, projects.responsibleUnitId))
    .where(eq(projects.id, id))
    .get();
  if (!row) throw new ActionError('errors.notFound');
  ctx.requireScope(row.unitPath);
  return row.project;
}

/** One line of a project's public timeline; written in the transaction of the change it records. */
export function recordEvent(
  tx: Tx,
  projectId: number,
  kind: string,
  detail: Record<string, string | number | null>,
  actorId: number | null,
  at: Date,
) {
  tx.insert(projectEvents).values({ projectId, kind, detail, actorId, at }).run();
}

export function unitById(tx: Tx, id: number) {
  return tx.select().from(units).where(eq(units.id, id)).get();
}
