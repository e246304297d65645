'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { formToObject, originMatches, translateResult } from '@/lib/action';
import type { ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { failureLimiter } from '@/lib/rate-limit';
import { ballotProblem } from './adoption';
import { codeRefusals, postComment, rateProject, submitResidentProposal } from './public';
import { castResidentsBallot } from './residents-ballot';
import { ballotOf, getCall } from './queries';

// Wrong or used codes per address, as for ballot and survey codes; valid codes never count.
const codeGuard = failureLimiter('project-code-ip', 20, 15 * 60);
// Comments are held for moderation, but a flood would bury the moderators.
const commentGuard = failureLimiter('project-comment-ip', 10, 60 * 60);

const keepTyped = (raw: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== 'code' && typeof v === 'string') as [string, string][]);

async function answer<T>(result: ActionResult<T>, raw: Record<string, unknown>, success?: string): Promise<ActionResult<T>> {
  const translated = await translateResult(result, success);
  return translated.ok ? translated : { ...translated, values: keepTyped(raw) };
}

async function withCode<T>(
  formData: FormData,
  run: (raw: Record<string, unknown>) => ActionResult<T>,
  success: string,
): Promise<ActionResult<T>> {
  const raw = formToObject(formData);
  if (!(await originMatches())) return answer<T>({ ok: false, message: 'errors.origin' }, raw);
  const ip = clientIp(await headers());
  if (await codeGuard.blocked(ip)) return answer<T>({ ok: false, message: 'errors.rateLimited' }, raw);
  const result = run(raw);
  if (!result.ok && codeRefusals.has(result.message)) await codeGuard.fail(ip);
  return answer(result, raw, success);
}

export async function proposeWithCode(_prev: ActionResult | null, formData: FormData) {
  const result = await withCode(formData, (raw) => submitResidentProposal(raw, now()), 'projects.propose.thanks');
  if (result.ok) revalidatePath('/projects');
  return result;
}

export async function rateWithCode(_prev: ActionResult | null, formData: FormData) {
  const result = await withCode(formData, (raw) => rateProject(raw, now()), 'projects.rate.thanks');
  if (result.ok) revalidatePath(`/projects/${result.data?.projectId}`);
  return result;
}

export async function commentOnProject(_prev: ActionResult | null, formData: FormData) {
  const raw = formToObject(formData);
  if (!(await originMatches())) return answer({ ok: false, message: 'errors.origin' }, raw);
  const ip = clientIp(await headers());
  if (await commentGuard.blocked(ip)) return answer({ ok: false, message: 'errors.rateLimited' }, raw);
  const result = postComment(raw, now());
  if (result.ok) await commentGuard.fail(ip);
  return answer(result, raw, 'projects.comments.thanks');
}

/**
 * The residents' ballot. The choice is checked here (1..K projects of the ballot, within the budget);
 * casting itself is the seam in residents-ballot.ts, refused until the encrypted ballots are wired.
 */
export async function castProjectBallot(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const raw = formToObject(formData);
  if (!(await originMatches())) return answer({ ok: false, message: 'errors.origin' }, {});
  const found = getCall(Number(raw.callId));
  if (!found || found.call.mode !== 'residents' || found.call.stage !== 'voting')
    return answer({ ok: false, message: 'projects.errors.wrongStage' }, {});
  const choice = (Array.isArray(raw['choice[]']) ? raw['choice[]'] : []).map(Number);
  const rule = found.call.rule ?? { budget: found.call.budget, maxChoices: found.call.maxChoices };
  const problem = ballotProblem(choice, ballotOf(found.call.id), rule);
  if (problem) return answer({ ok: false, message: `projects.ballot.problems.${problem}` }, {});
  const cast = castResidentsBallot(found.call.id, choice);
  return answer({ ok: false, message: `projects.ballot.${cast.reason}` }, {});
}
