import { z } from 'zod';
import { callOutcomes, surveyCalls, surveyVisits } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { isIsoDay } from '@/lib/district-time';
import { getSurveyIn, sampledHousehold } from './draw';
import { saveResponse, templateOf } from './respond';
import { requireEntryScope } from './scope';
import { readAnswers } from './template';

const id = z.coerce.number('field.required').int('field.number').positive('field.required');
const comment = z.string().trim().max(1000, 'field.tooLong').default('');

export const commands = {
  /** A phone interview: every call is logged; a completed one carries the household's answers. */
  recordCall: defineCommand({
    name: 'survey.call',
    scope: 'unit',
    permission: 'surveys.enter',
    schema: z.object({ surveyId: id, householdId: id, outcome: z.enum(callOutcomes, 'field.required'), comment }).catchall(z.unknown()),
    run: ({ surveyId, householdId, outcome, comment: note, ...rest }, ctx) =>
      ctx.write((tx, audit) => {
        const sample = sampledHousehold(tx, surveyId, householdId);
        if (!sample) throw new ActionError('surveys.errors.notSampled');
        requireEntryScope(tx, ctx, surveyId, sample.communityId);
        const survey = getSurveyIn(tx, surveyId);
        if (survey.status !== 'open') throw new ActionError('surveys.errors.notOpen');
        let responseId: number | null = null;
        if (outcome === 'completed') {
          const read = readAnswers(templateOf(tx, survey.templateId), rest);
          if ('fieldErrors' in read) throw new ActionError('errors.invalid', read.fieldErrors);
          responseId = saveResponse(tx, {
            surveyId,
            householdId,
            channel: 'phone',
            answers: read.answers,
            comment: note,
            enteredBy: ctx.actor.id,
            at: now(),
          });
        }
        tx.insert(surveyCalls).values({ surveyId, householdId, outcome, responseId, staffId: ctx.actor.id, at: now() }).run();
        audit({ entity: 'survey_call', entityId: surveyId, unitId: sample.communityId, after: { householdId, outcome } });
        return { outcome };
      }),
  }),
  /** An unannounced visit: the checklist as ticked, and the surveyor's 0–100 score. */
  recordVisit: defineCommand({
    name: 'survey.visit',
    scope: 'unit',
    permission: 'surveys.enter',
    schema: z
      .object({
        surveyId: id,
        communityId: id,
        visitedOn: z.string('field.date').refine(isIsoDay, 'field.date'),
        // An empty box is no score, not 0 (z.coerce turns '' into 0, which would sink the community's stars).
        score: z.preprocess(
          (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
          z.coerce.number('field.number').min(0, 'field.invalid').max(100, 'field.tooBig'),
        ),
        notes: comment,
      })
      .catchall(z.unknown()),
    run: ({ surveyId, communityId, visitedOn, score, notes, ...rest }, ctx) =>
      ctx.write((tx, audit) => {
        requireEntryScope(tx, ctx, surveyId, communityId);
        const survey = getSurveyIn(tx, surveyId);
        if (survey.status !== 'open') throw new ActionError('surveys.errors.notOpen');
        const checklist = Object.fromEntries(
          templateOf(tx, survey.templateId).checklist.map((item) => [item.id, rest[`c_${item.id}`] === 'on']),
        );
        const visit = tx
          .insert(surveyVisits)
          .values({ surveyId, communityId, visitedOn, checklist, score, notes, staffId: ctx.actor.id })
          .returning({ id: surveyVisits.id })
          .get();
        audit({ entity: 'survey_visit', entityId: visit.id, unitId: communityId, after: { score } });
        return { id: visit.id };
      }),
  }),
};
