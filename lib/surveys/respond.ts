import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { surveyCodes, surveyResponses, surveyTemplates, type SurveyChannel } from '@/db/schema';
import { ActionError } from '@/lib/action/core';
import { getSurveyIn, sampledHousehold } from './draw';
import { hashSurveyCode } from './codes';
import { responseScore } from './stats';
import { revalidateAfterCommit } from '@/lib/revalidate';

export type ResponseInput = {
  surveyId: number;
  householdId: number;
  channel: SurveyChannel;
  answers: Record<string, number>;
  comment: string;
  enteredBy: number | null;
  at: Date;
};

export function templateOf(tx: Tx | Db, templateId: number) {
  return tx.select().from(surveyTemplates).where(eq(surveyTemplates.id, templateId)).get()!;
}

/**
 * Stores one completed questionnaire. One per household per survey, whatever the channel: checked
 * here for a clear message, and guaranteed by the unique index if two channels race.
 */
export function saveResponse(tx: Tx, input: ResponseInput): number {
  const survey = getSurveyIn(tx, input.surveyId);
  if (survey.status !== 'open') throw new ActionError('surveys.errors.notOpen');
  const sample = sampledHousehold(tx, input.surveyId, input.householdId);
  if (!sample) throw new ActionError('surveys.errors.notSampled');
  const existing = tx
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, input.surveyId), eq(surveyResponses.householdId, input.householdId)))
    .get();
  if (existing) throw new ActionError('surveys.errors.alreadyAnswered');
  try {
    const id = tx
      .insert(surveyResponses)
      .values({
        surveyId: input.surveyId,
        communityId: sample.communityId,
        householdId: input.householdId,
        channel: input.channel,
        answers: input.answers,
        score: responseScore(input.answers),
        comment: input.comment,
        enteredBy: input.enteredBy,
        createdAt: input.at,
      })
      .returning({ id: surveyResponses.id })
      .get().id;
    revalidateAfterCommit({ sampling: input.surveyId });
    return id;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new ActionError('surveys.errors.alreadyAnswered');
    throw error;
  }
}

export function codeRow(database: Db | Tx, surveyId: number, code: string) {
  return database
    .select()
    .from(surveyCodes)
    .where(and(eq(surveyCodes.codeHash, hashSurveyCode(surveyId, code)), eq(surveyCodes.surveyId, surveyId)))
    .get();
}

/** The online questionnaire: the code is burnt and the response stored in one transaction. */
export function submitOnline(
  tx: Tx,
  input: { surveyId: number; code: string; answers: Record<string, number>; comment: string; at: Date },
): number {
  const row = codeRow(tx, input.surveyId, input.code);
  if (!row) throw new ActionError('surveys.errors.unknownCode');
  if (row.usedAt) throw new ActionError('surveys.errors.alreadyAnswered');
  const id = saveResponse(tx, { ...input, householdId: row.householdId, channel: 'online', enteredBy: null });
  tx.update(surveyCodes).set({ usedAt: input.at }).where(eq(surveyCodes.codeHash, row.codeHash)).run();
  return id;
}
