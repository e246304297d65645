'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { enterReviewCode } from '@/lib/reviews/public-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';

export function ReviewCodeForm() {
  const t = useTranslations('reviewForm');
  const [state, action] = useActionState(enterReviewCode, null);
  return (
    <ActionForm action={action} className="space-y-4 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <div className={`field ${state && !state.ok ? 'field-error' : ''}`}>
        <label htmlFor="code" className="text-xl">
          {t('codeLabel')}
        </label>
        <p className="hint" id="code-hint">
          {t('codeHint')}
        </p>
        <input
          id="code"
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="code-hint"
          className="code-input"
          maxLength={20}
          required
        />
      </div>
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('next')}
      </SubmitButton>
    </ActionForm>
  );
}
