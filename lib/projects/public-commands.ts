import { ActionError, definePublicCommand, type PublicContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import type { CodeKind } from '@/lib/one-time-code';
import { failureLimiter } from '@/lib/rate-limit';
import { ballotProblem } from './adoption';
import { postComment, rateProject, submitResidentProposal, wrongCodeKeys } from './public';
import { ballotOf, getCall } from './queries';
import { castResidentsBallot } from './residents-ballot';
import { ballotCheckSchema, commentSchema, ratingSchema, residentProposalSchema } from './schemas';

// Comments are held for moderation, but a flood would bury the moderators.
const comments = failureLimiter('project-comment', 10, 60 * 60);

/** Runs a code's transaction; a wrong (unknown or used) code rolls it back and counts against the client. */
async function withCode<K extends CodeKind, T>(ctx: PublicContext<K>, fn: () => T): Promise<T> {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ActionError && wrongCodeKeys.has(error.key)) await ctx.code.failed();
    throw error;
  }
}

export const commands = {
  /** A resident's proposal with the one-time code from their community office; the code names the call and community. */
  proposeWithCode: definePublicCommand({
    name: 'projects.proposeWithCode',
    scope: 'none',
    code: { kind: 'projectProposal' },
    schema: residentProposalSchema,
    run: (input, ctx) => withCode(ctx, () => ctx.write((tx) => submitResidentProposal(tx, input, now()))),
  }),

  /** A household's 1–5 rating of a completed project, with the code its place's office handed out. */
  rate: definePublicCommand({
    name: 'projects.rate',
    scope: 'none',
    code: { kind: 'projectRating' },
    schema: ratingSchema,
    run: (input, ctx) => withCode(ctx, () => ctx.write((tx) => rateProject(tx, input, now()))),
  }),

  /** A resident's comment on a project, shown once the project's unit has moderated it. */
  comment: definePublicCommand({
    name: 'projects.comment',
    scope: 'none',
    limit: { limiter: comments, count: 'success' },
    schema: commentSchema,
    run: (input, ctx) => ctx.write((tx) => postComment(tx, input, now())),
  }),

  /**
   * The residents' ballot of a call: the choice is checked (1..K projects of the ballot, within the
   * budget) and handed to the cast seam (residents-ballot.ts), which refuses until the encrypted
   * ballots of the Ten Best vote are wired to it. Nothing is stored.
   */
  ballotCheck: definePublicCommand({
    name: 'projects.ballotCheck',
    scope: 'none',
    schema: ballotCheckSchema,
    run: ({ callId, choice }) => {
      const found = getCall(callId);
      if (!found || found.call.mode !== 'residents' || found.call.stage !== 'voting') throw new ActionError('projects.errors.wrongStage');
      const rule = found.call.rule ?? { budget: found.call.budget, maxChoices: found.call.maxChoices };
      const problem = ballotProblem(choice, ballotOf(found.call.id), rule);
      if (problem) throw new ActionError(`projects.ballot.problems.${problem}`);
      const cast = castResidentsBallot(found.call.id, choice);
      throw new ActionError(`projects.ballot.${cast.reason}`);
    },
  }),
};
