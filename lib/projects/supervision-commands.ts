import { and, eq, sql } from 'drizzle-orm';
import { households, projectComments, projectPlaces, projectRatingCodes } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { generateCode, hashRatingCode } from './codes';
import { loadProject, recordEvent } from './guards';
import { moderateSchema, ratingCodesSchema } from './schemas';

/** One code per household of the community not holding one yet; the plain codes exist only in this answer. */
function issueRatingCodes(tx: Tx, projectId: number, communityId: number): string[] {
  const holders = tx
    .select({ id: projectRatingCodes.householdId })
    .from(projectRatingCodes)
    .where(eq(projectRatingCodes.projectId, projectId));
  const pending = tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.communityId, communityId), sql`${households.id} not in ${holders}`))
    .all();
  const codes: string[] = [];
  for (const h of pending) {
    for (;;) {
      const code = generateCode();
      const inserted = tx
        .insert(projectRatingCodes)
        .values({ codeHash: hashRatingCode(code), projectId, householdId: h.id, communityId })
        .onConflictDoNothing({ target: projectRatingCodes.codeHash })
        .run();
      if (inserted.changes === 1) {
        codes.push(code);
        break;
      }
    }
  }
  return codes;
}

export const commands = {
  /** Rating codes for the households of one place the completed project serves (from the household register). */
  ratingCodes: defineCommand({
    name: 'projects.ratingCodes',
    scope: 'unit',
    permission: 'projects.progress',
    schema: ratingCodesSchema,
    run: ({ projectId, communityId }, ctx) =>
      ctx.write((tx, audit) => {
        const project = loadProject(tx, ctx, projectId);
        if (project.status !== 'completed') throw new ActionError('projects.errors.notCompleted');
        const place = tx
          .select()
          .from(projectPlaces)
          .where(and(eq(projectPlaces.projectId, projectId), eq(projectPlaces.communityId, communityId)))
          .get();
        if (!place) throw new ActionError('errors.invalid', { communityId: ['field.invalid'] });
        const codes = issueRatingCodes(tx, projectId, communityId);
        if (codes.length === 0) throw new ActionError('projects.errors.noHouseholds');
        audit({ entity: 'project', entityId: projectId, unitId: communityId, after: { ratingCodes: codes.length, communityId } });
        return { codes };
      }),
  }),
  /** Residents' comments wait for moderation; shown or hidden by the staff of the project's unit. */
  moderate: defineCommand({
    name: 'projects.moderate',
    scope: 'unit',
    permission: 'projects.progress',
    schema: moderateSchema,
    run: ({ id, status }, ctx) =>
      ctx.write((tx, audit) => {
        const comment = tx.select().from(projectComments).where(eq(projectComments.id, id)).get();
        if (!comment) throw new ActionError('errors.notFound');
        const project = loadProject(tx, ctx, comment.projectId);
        const at = now();
        tx.update(projectComments).set({ status, moderatedBy: ctx.actor.id, moderatedAt: at }).where(eq(projectComments.id, id)).run();
        if (status === 'shown' && comment.status !== 'shown') recordEvent(tx, project.id, 'comment', { commentId: id }, null, at);
        audit({
          entity: 'project_comment',
          entityId: id,
          unitId: project.responsibleUnitId,
          before: { status: comment.status },
          after: { status },
        });
        return { id };
      }),
  }),
};
