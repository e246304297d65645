/**
 * What residents do without an account, as plain domain functions: a proposal with a one-time code, a
 * comment (held for moderation), a household's rating of a completed project. The thin server actions
 * in public-actions.ts add the origin check and rate limits around them.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { writeTx } from '@/db';
import { projectCalls, projectComments, projectRatingCodes, projectRatings, projects } from '@/db/schema';
import { ActionError, fieldErrorsOf, type ActionResult } from '@/lib/action/core';
import { districtToday } from '@/lib/inspections/dates';
import { hashRatingCode, normalizeCode } from './codes';
import { burnProposalCode, insertProposal, lookUpProposalCode } from './proposals';
import { commentSchema, ratingSchema, residentProposalSchema } from './schemas';

/** Refusals a code step counts against the address's limit. */
export const codeRefusals = new Set(['projects.errors.unknownCode', 'projects.errors.usedCode']);

function guarded<T>(fn: () => T): ActionResult<T> {
  try {
    return { ok: true, data: fn() };
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.key, fieldErrors: error.fieldErrors };
    throw error;
  }
}

/** The code names the call and the community; it is burnt and the proposal stored in one transaction. */
export function submitResidentProposal(raw: unknown, at: Date): ActionResult<{ id: number; callId: number }> {
  const parsed = residentProposalSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'errors.invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const { code, ...fields } = parsed.data;
  return guarded(() =>
    writeTx((tx) => {
      const found = lookUpProposalCode(tx, code);
      if (!found.ok) throw new ActionError(`projects.errors.${found.reason}`, { code: ['field.invalid'] });
      const call = tx.select().from(projectCalls).where(eq(projectCalls.id, found.callId)).get();
      if (call?.stage !== 'proposals') throw new ActionError('projects.errors.proposalsClosed');
      const id = insertProposal(
        tx,
        { ...fields, callId: call.id, communityId: found.communityId, source: 'resident', proposerName: '', submittedBy: null },
        at,
      );
      if (!burnProposalCode(tx, found.codeHash, at)) throw new ActionError('projects.errors.usedCode', { code: ['field.invalid'] });
      return { id, callId: call.id };
    }),
  );
}

export function postComment(raw: unknown, at: Date): ActionResult<{ id: number }> {
  const parsed = commentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'errors.invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  return guarded(() =>
    writeTx((tx) => {
      const project = tx.select({ id: projects.id }).from(projects).where(eq(projects.id, parsed.data.projectId)).get();
      if (!project) throw new ActionError('errors.notFound');
      return tx
        .insert(projectComments)
        .values({ ...parsed.data, createdAt: at })
        .returning({ id: projectComments.id })
        .get();
    }),
  );
}

/** One rating per household: the code is burnt with the day only, and the rating keeps no link to it. */
export function rateProject(raw: unknown, at: Date): ActionResult<{ projectId: number }> {
  const parsed = ratingSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'errors.invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const { projectId, score } = parsed.data;
  const code = normalizeCode(parsed.data.code);
  return guarded(() =>
    writeTx((tx) => {
      const project = tx.select().from(projects).where(eq(projects.id, projectId)).get();
      if (!project) throw new ActionError('errors.notFound');
      const row = code
        ? tx
            .select()
            .from(projectRatingCodes)
            .where(and(eq(projectRatingCodes.codeHash, hashRatingCode(code)), eq(projectRatingCodes.projectId, projectId)))
            .get()
        : undefined;
      if (!row) throw new ActionError('projects.errors.unknownCode', { code: ['field.invalid'] });
      if (row.usedOn) throw new ActionError('projects.errors.usedCode', { code: ['field.invalid'] });
      const today = districtToday(at);
      if (project.status !== 'completed' || !project.ratingClosesOn || today > project.ratingClosesOn)
        throw new ActionError('projects.errors.ratingClosed');
      const burnt = tx
        .update(projectRatingCodes)
        .set({ usedOn: today })
        .where(and(eq(projectRatingCodes.codeHash, row.codeHash), isNull(projectRatingCodes.usedOn)))
        .run();
      if (burnt.changes !== 1) throw new ActionError('projects.errors.usedCode', { code: ['field.invalid'] });
      tx.insert(projectRatings).values({ projectId, communityId: row.communityId, score, ratedOn: today }).run();
      return { projectId };
    }),
  );
}
