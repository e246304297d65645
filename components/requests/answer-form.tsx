'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { residentAnswerAction } from '@/lib/requests/public-actions';
import { codeInputProps } from '@/components/ui/code-field';
import { ActionForm, Field, FormMessage, fieldError, typed } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';

/** The resident's answer to a resolution: the key from the slip, then a 1–5 score to confirm, or reopen. */
export function AnswerForm({ number }: { number: string }) {
  const t = useTranslations('requests');
  const tc = useTranslations('common');
  const [state, action] = useActionState(residentAnswerAction, null);
  if (state?.ok)
    return (
      <SuccessNotice focusKey={state} className="text-lg">
        {state.message}
      </SuccessNotice>
    );
  const scoreError = fieldError(state, 'satisfaction');
  const chosen = typed(state, 'satisfaction');
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-xl" noValidate>
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="number" value={number} />
      <Field name="key" label={t('answer.key')} hint={t('answer.keyHint')} state={state} {...codeInputProps} className="code-input" />
      <fieldset className={`field ${scoreError ? 'field-error' : ''}`}>
        <legend className="font-bold mb-2">{t('answer.scoreLegend')}</legend>
        {scoreError && <p className="error-text">⚠ {scoreError}</p>}
        <ul className="space-y-2">
          {[5, 4, 3, 2, 1].map((level) => (
            <li key={level}>
              <label className="candidate-option">
                <input type="radio" name="satisfaction" value={level} defaultChecked={chosen === String(level)} />
                <span>{t(`answer.levels.${level}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field name="comment" label={t('answer.comment')} hint={t('answer.commentHint')} state={state}>
        <textarea id="f-comment" name="comment" rows={3} maxLength={500} defaultValue={typed(state, 'comment')} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="move" value="confirm" className="btn-primary btn-large">
          {t('answer.confirm')}
        </button>
        <button type="submit" name="move" value="reopen" className="btn-secondary btn-large">
          {t('answer.reopen')}
        </button>
      </div>
    </ActionForm>
  );
}
