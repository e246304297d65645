'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { enterReviewCode } from '@/lib/reviews/public-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { CodeField } from '@/components/ui/code-field';

export function ReviewCodeForm() {
  const t = useTranslations('reviewForm');
  const [state, action] = useActionState(enterReviewCode, null);
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <CodeField id="code" label={t('codeLabel')} hint={t('codeHint')} invalid={Boolean(state && !state.ok)} />
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('next')}
      </SubmitButton>
    </ActionForm>
  );
}
