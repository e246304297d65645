'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { enterCode } from '@/lib/selection/vote-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';
import { CodeField } from '@/components/ui/code-field';

export function CodeForm({ year, prefill, hint, long }: { year: number; prefill?: string; hint?: string; long?: boolean }) {
  const t = useTranslations('vote');
  const [state, action] = useActionState(enterCode, null);
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="year" value={year} />
      <CodeField
        id="code"
        label={t('codeLabel')}
        hint={hint ?? t('codeHint')}
        prefill={prefill}
        invalid={Boolean(state && !state.ok)}
        long={long}
      />
      <SubmitButton pendingLabel={t('checking')} className="btn-primary btn-large">
        {t('next')}
      </SubmitButton>
    </ActionForm>
  );
}
