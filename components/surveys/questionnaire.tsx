'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ActionForm, fieldError, FormMessage, SubmitButton } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';
import { CodeField } from '@/components/ui/code-field';
import { openQuestionnaire, submitQuestionnaire, type Questionnaire } from '@/lib/surveys/public-actions';
import { LevelRadios } from './level-radios';

function Answers({ questionnaire }: { questionnaire: Questionnaire }) {
  const t = useTranslations('survey');
  const locale = useLocale();
  const [state, action] = useActionState(submitQuestionnaire, null);
  if (state?.ok) {
    return (
      <SuccessNotice focusKey={state} className="space-y-2">
        <span className="block text-xl font-bold" data-testid="survey-thanks">
          {t('thanks')}
        </span>
        <span className="block">{t('thanksDetail')}</span>
      </SuccessNotice>
    );
  }
  return (
    <ActionForm action={action} state={state} className="space-y-6">
      <h2 className="text-2xl font-bold">{questionnaire.name}</h2>
      <p>{t('answerIntro')}</p>
      <FormMessage state={state} errorTitle={t('problem')} />
      {questionnaire.questions.map((q, i) => (
        <LevelRadios
          key={q.id}
          name={`q_${q.id}`}
          legend={`${i + 1}. ${locale === 'en' ? q.en : q.zh}`}
          error={fieldError(state, `q_${q.id}`)}
        />
      ))}
      <div className="field">
        <label htmlFor="comment">{t('comment')}</label>
        <p className="hint">{t('commentHint')}</p>
        <textarea id="comment" name="comment" rows={4} maxLength={1000} className="w-full" />
      </div>
      <SubmitButton pendingLabel={t('sending')} className="btn-primary btn-large">
        {t('submit')}
      </SubmitButton>
    </ActionForm>
  );
}

export function SurveyFlow({ prefill }: { prefill?: string }) {
  const t = useTranslations('survey');
  const [state, action] = useActionState(openQuestionnaire, null);
  if (state?.ok && state.data) return <Answers questionnaire={state.data} />;
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <CodeField id="survey-code" label={t('codeLabel')} hint={t('codeHint')} prefill={prefill} invalid={Boolean(state && !state.ok)} />
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('next')}
      </SubmitButton>
    </ActionForm>
  );
}
