'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { db, writeTx } from '@/db';
import { originMatches } from '@/lib/action';
import { ActionError, type ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { failureLimiter } from '@/lib/rate-limit';
import { normalizeCode } from './codes';
import { codeRow, submitOnline, templateOf } from './respond';
import { openSurveys } from './queries';
import { readAnswers } from './template';

// Wrong or used survey codes per address, as for ballot codes: valid codes never count.
const guard = failureLimiter('survey-code-ip', 20, 15 * 60);

export type Questionnaire = { code: string; surveyId: number; name: string; questions: { id: string; zh: string; en: string }[] };

async function refuse(reason: string, fieldErrors?: Record<string, string[]>): Promise<ActionResult<never>> {
  const t = await getTranslations('survey.refusals');
  return { ok: false, message: t(reason), fieldErrors };
}

/** The open survey and household a code belongs to, if it can still answer. */
function findOpen(code: string) {
  for (const survey of openSurveys()) {
    const row = codeRow(db(), survey.id, code);
    if (row) return { survey, row };
  }
  return null;
}

/** Step 1: the code opens the questions of its survey. Nothing is written. */
export async function openQuestionnaire(_prev: unknown, formData: FormData): Promise<ActionResult<Questionnaire>> {
  if (!(await originMatches())) return refuse('origin');
  const ip = clientIp(await headers());
  if (await guard.blocked(ip)) return refuse('rateLimited');
  const code = normalizeCode(String(formData.get('code') ?? '').slice(0, 40));
  const found = code ? findOpen(code) : null;
  if (!code || !found || found.row.usedAt) {
    await guard.fail(ip);
    return refuse(found?.row.usedAt ? 'used' : 'unknown');
  }
  const { questions } = templateOf(db(), found.survey.templateId);
  return { ok: true, data: { code, surveyId: found.survey.id, name: found.survey.name, questions } };
}

/** Step 2: the answers; the code is burnt and the response stored in one transaction. */
export async function submitQuestionnaire(_prev: unknown, formData: FormData): Promise<ActionResult<{ done: true }>> {
  if (!(await originMatches())) return refuse('origin');
  // The answer step is postable on its own, so it counts wrong codes too: else guessing skips step 1's limit.
  const ip = clientIp(await headers());
  if (await guard.blocked(ip)) return refuse('rateLimited');
  const code = normalizeCode(String(formData.get('code') ?? '').slice(0, 40));
  const found = code ? findOpen(code) : null;
  if (!code || !found) {
    await guard.fail(ip);
    return refuse('unknown');
  }
  const read = readAnswers(templateOf(db(), found.survey.templateId), Object.fromEntries(formData));
  if ('fieldErrors' in read) {
    const t = await getTranslations('survey');
    return refuse('unanswered', Object.fromEntries(Object.keys(read.fieldErrors).map((k) => [k, [t('chooseOne')]])));
  }
  const comment = String(formData.get('comment') ?? '')
    .trim()
    .slice(0, 1000);
  try {
    writeTx((tx) => submitOnline(tx, { surveyId: found.survey.id, code, answers: read.answers, comment, at: now() }));
  } catch (error) {
    if (error instanceof ActionError) return refuse(error.key === 'surveys.errors.alreadyAnswered' ? 'used' : 'closed');
    throw error;
  }
  return { ok: true, data: { done: true } };
}
