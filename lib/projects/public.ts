/**
 * What residents do without an account, as plain functions inside one transaction: a proposal with a
 * one-time code, a comment (held for moderation), a household's rating of a completed project. The
 * public commands (public-commands.ts) run them through the request pipeline.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { projectCalls, projectComments, projectRatingCodes, projectRatings, projects } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError } from '@/lib/action/core';
import { districtDay } from '@/lib/district-time';
import { hashRatingCode, normalizeCode } from './codes';
import { burnProposalCode, insertProposal, lookUpProposalCode, type ProposalInput } from './proposals';

/** Refusals that mean a wrong code: they count against the client's budget of wrong codes. */
export const wrongCodeKeys: ReadonlySet<string> = new Set(['projects.errors.unknownCode', 'projects.errors.usedCode']);

const wrongCode = (reason: 'unknownCode' | 'usedCode') => new ActionError(`projects.errors.${reason}`, { code: ['field.invalid'] });

type ProposalFields = Pick<ProposalInput, 'title' | 'place' | 'problem' | 'roughCost'>;

/** The code names the call and the community; it is burnt and the proposal stored in the same transaction. */
export function submitResidentProposal(tx: Tx, { code, ...fields }: ProposalFields & { code: string }, at: Date) {
  const found = lookUpProposalCode(tx, code);
  if (!found.ok) throw wrongCode(found.reason);
  const call = tx.select().from(projectCalls).where(eq(projectCalls.id, found.callId)).get();
  if (call?.stage !== 'proposals') throw new ActionError('projects.errors.proposalsClosed');
  const id = insertProposal(
    tx,
    { ...fields, callId: call.id, communityId: found.communityId, source: 'resident', proposerName: '', submittedBy: null },
    at,
  );
  if (!burnProposalCode(tx, found.codeHash, at)) throw wrongCode('usedCode');
  return { id, callId: call.id };
}

export function postComment(tx: Tx, input: { projectId: number; body: string; name: string }, at: Date) {
  const project = tx.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
  if (!project) throw new ActionError('errors.notFound');
  return tx
    .insert(projectComments)
    .values({ ...input, createdAt: at })
    .returning({ id: projectComments.id })
    .get();
}

/** One rating per household: the code is burnt with the day only, and the rating keeps no link to it. */
export function rateProject(tx: Tx, input: { projectId: number; code: string; score: number }, at: Date) {
  const { projectId, score } = input;
  const code = normalizeCode(input.code);
  const project = tx.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) throw new ActionError('errors.notFound');
  const row = code
    ? tx
        .select()
        .from(projectRatingCodes)
        .where(and(eq(projectRatingCodes.codeHash, hashRatingCode(code)), eq(projectRatingCodes.projectId, projectId)))
        .get()
    : undefined;
  if (!row) throw wrongCode('unknownCode');
  if (row.usedOn) throw wrongCode('usedCode');
  const today = districtDay(at);
  if (project.status !== 'completed' || !project.ratingClosesOn || today > project.ratingClosesOn)
    throw new ActionError('projects.errors.ratingClosed');
  const burnt = tx
    .update(projectRatingCodes)
    .set({ usedOn: today })
    .where(and(eq(projectRatingCodes.codeHash, row.codeHash), isNull(projectRatingCodes.usedOn)))
    .run();
  if (burnt.changes !== 1) throw wrongCode('usedCode');
  tx.insert(projectRatings).values({ projectId, communityId: row.communityId, score, ratedOn: today }).run();
  return { projectId };
}
