'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ActionForm, Field, fieldError, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';
import { recordCall, recordVisit } from '@/lib/surveys/entry-actions';
import { LevelRadios } from './level-radios';

type Item = { id: string; zh: string; en: string };

/** A phone interview: the outcome always; the answers when the household completed it. */
export function CallForm({ surveyId, householdId, questions }: { surveyId: number; householdId: number; questions: Item[] }) {
  const t = useTranslations('surveys.entry');
  const locale = useLocale();
  const [state, action] = useActionState(recordCall, null);
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-3xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="householdId" value={householdId} />
      <fieldset className="field">
        <legend className="text-lg font-bold">{t('outcome')}</legend>
        <div className="grid gap-2 sm:grid-cols-3 mt-2">
          {(['completed', 'no_answer', 'refused'] as const).map((o) => (
            <label key={o} className="candidate-option">
              <input type="radio" name="outcome" value={o} required defaultChecked={o === 'completed'} />
              <span>{t(`outcomes.${o}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('answersHint')}</p>
      {questions.map((q, i) => (
        <LevelRadios
          key={q.id}
          name={`q_${q.id}`}
          legend={`${i + 1}. ${locale === 'en' ? q.en : q.zh}`}
          error={fieldError(state, `q_${q.id}`)}
          required={false}
        />
      ))}
      <div className="field">
        <label htmlFor="call-comment">{t('comment')}</label>
        <textarea id="call-comment" name="comment" rows={3} maxLength={1000} className="w-full" />
      </div>
      <SubmitButton pendingLabel={t('saving')}>{t('saveCall')}</SubmitButton>
    </ActionForm>
  );
}

export function VisitForm({
  surveyId,
  communities,
  checklist,
  today,
}: {
  surveyId: number;
  communities: { value: number; label: string }[];
  checklist: Item[];
  today: string;
}) {
  const t = useTranslations('surveys.entry');
  const locale = useLocale();
  const [state, action] = useActionState(recordVisit, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <SelectField name="communityId" label={t('community')} state={state} options={communities} />
      <Field name="visitedOn" label={t('visitedOn')} state={state} type="date" defaultValue={today} />
      <fieldset className="field">
        <legend className="font-bold">{t('checklist')}</legend>
        {checklist.map((item) => (
          <label key={item.id} className="candidate-option mt-2">
            <input type="checkbox" name={`c_${item.id}`} />
            <span>{locale === 'en' ? item.en : item.zh}</span>
          </label>
        ))}
      </fieldset>
      <Field name="score" label={t('score')} hint={t('scoreHint')} state={state} inputMode="numeric" />
      <div className="field">
        <label htmlFor="visit-notes">{t('notes')}</label>
        <textarea id="visit-notes" name="notes" rows={3} maxLength={1000} className="w-full" />
      </div>
      <SubmitButton pendingLabel={t('saving')}>{t('saveVisit')}</SubmitButton>
    </ActionForm>
  );
}
