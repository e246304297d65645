import { ActionError, definePublicCommand, type PublicContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import type { CodeKind } from '@/lib/one-time-code';
import { failureLimiter } from '@/lib/rate-limit';
import { db } from '@/db';
import { log } from '@/lib/log';
import { postComment, rateProject, submitResidentProposal, wrongCodeKeys } from './public';
import { castResidentsBallot, type CastRefusal } from './residents-ballot';
import { castBallotSchema, commentSchema, ratingSchema, residentProposalSchema } from './schemas';

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
   * The residents' ballot of a call: sealed on the voter's device, or (without JavaScript) the code
   * and the choice, checked against the rule (1..K projects within the budget) and sealed by the
   * server. One code, one ballot; wrong codes count against the client. Refusals store nothing.
   */
  castBallot: definePublicCommand({
    name: 'projects.castBallot',
    scope: 'none',
    code: { kind: 'ballot' },
    schema: castBallotSchema,
    run: async ({ callId, ...input }, ctx) => {
      let cast;
      try {
        cast = await castResidentsBallot(db(), callId, input);
      } catch (error) {
        // Nothing was written: the code is still unused, so the voter can try again.
        log.error({ area: 'projects', error: error instanceof Error ? error.message : error }, 'cast failed');
        throw new ActionError('vote.refusals.retry');
      }
      if (!cast.ok) {
        if (codeRefusals.has(cast.reason)) await ctx.code.failed();
        throw new ActionError(refusalKey(cast.reason));
      }
      return { tracker: cast.tracker };
    },
  }),
};

const codeRefusals = new Set<CastRefusal>(['unknownCode', 'usedCode', 'revokedCode']);
const refusalKey = (reason: CastRefusal) =>
  reason === 'notOpen'
    ? 'projects.errors.wrongStage'
    : codeRefusals.has(reason) || reason === 'badBallot'
      ? `vote.refusals.${reason}`
      : `projects.ballot.problems.${reason}`;
