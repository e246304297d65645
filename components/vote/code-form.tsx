'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { enterCode } from '@/lib/selection/vote-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';

export function CodeForm({ year, prefill }: { year: number; prefill?: string }) {
  const t = useTranslations('vote');
  const [state, action] = useActionState(enterCode, null);
  return (
    <ActionForm action={action} className="space-y-4 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="year" value={year} />
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
          defaultValue={prefill}
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
