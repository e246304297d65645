import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { surveys } from '@/db/schema';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { normalizeCode } from './codes';
import { openSurveys } from './queries';
import { codeRow, submitOnline, templateOf } from './respond';
import { readAnswers } from './template';

export type Questionnaire = { surveyId: number; name: string; questions: { id: string; zh: string; en: string }[] };

const refusal = (reason: string, fieldErrors?: Record<string, string[]>) => new ActionError(`survey.refusals.${reason}`, fieldErrors);

/** The open survey and household a code belongs to, if it can still answer. */
function findOpen(code: string) {
  for (const survey of openSurveys()) {
    const row = codeRow(db(), survey.id, code);
    if (row) return { survey, row };
  }
  return null;
}

export const commands = {
  /** Step 1: the code opens the questions of its survey; wrong or used codes count. Nothing is written. */
  openQuestionnaire: definePublicCommand({
    name: 'survey.openQuestionnaire',
    scope: 'none',
    messages: 'survey.refusals',
    code: { kind: 'survey' },
    schema: z.object({
      code: z
        .string()
        .catch('')
        .transform((c) => c.slice(0, 40)),
    }),
    run: async (input, ctx): Promise<Questionnaire> => {
      const code = normalizeCode(input.code);
      const found = code ? findOpen(code) : null;
      if (!code || !found || found.row.usedAt) {
        await ctx.code.failed();
        throw refusal(found?.row.usedAt ? 'used' : 'unknown');
      }
      await ctx.code.remember({ surveyId: found.survey.id, code });
      const { questions } = templateOf(db(), found.survey.templateId);
      return { surveyId: found.survey.id, name: found.survey.name, questions };
    },
  }),

  /** Step 2: the answers, for the code step 1 accepted; the code is burnt and the response stored in one transaction. */
  submitQuestionnaire: definePublicCommand({
    name: 'survey.submitQuestionnaire',
    scope: 'none',
    messages: 'survey.refusals',
    code: { kind: 'survey', needs: 'cookie' },
    // The questions come from the survey's template, so they are checked against it in the handler.
    schema: z.looseObject({
      comment: z
        .string()
        .catch('')
        .transform((c) => c.trim().slice(0, 1000)),
    }),
    run: async (form, ctx) => {
      const { surveyId, code } = (await ctx.code.recall())!;
      const survey = db()
        .select()
        .from(surveys)
        .where(and(eq(surveys.id, surveyId), eq(surveys.status, 'open')))
        .get();
      if (!survey) throw refusal('closed');
      const read = readAnswers(templateOf(db(), survey.templateId), form);
      if ('fieldErrors' in read)
        throw refusal('unanswered', Object.fromEntries(Object.keys(read.fieldErrors).map((k) => [k, ['survey.chooseOne']])));
      try {
        ctx.write((tx) => submitOnline(tx, { surveyId, code, answers: read.answers, comment: form.comment, at: now() }));
      } catch (error) {
        if (error instanceof ActionError) throw refusal(error.key === 'surveys.errors.alreadyAnswered' ? 'used' : 'closed');
        throw error;
      }
      await ctx.code.forget();
      return { done: true as const };
    },
  }),
};
