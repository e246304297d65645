'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { endorseCriterion, proposeCriterion } from '@/lib/selection/public-actions';
import { ActionForm, Field, FormMessage, SubmitButton, typed } from '@/components/ui/form';

export function ProposeCriterionForm({ year }: { year: number }) {
  const t = useTranslations();
  const [state, action] = useActionState(proposeCriterion, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3 max-w-xl" noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="year" value={year} />
      <Field name="text" label={t('selection.proposeLabel')} hint={t('selection.proposeHint')} state={state}>
        <textarea id="f-text" name="text" maxLength={200} defaultValue={state?.ok ? '' : typed(state, 'text')} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{t('selection.proposeSubmit')}</SubmitButton>
    </ActionForm>
  );
}

export function EndorseButton({ year, id, count }: { year: number; id: number; count: number }) {
  const t = useTranslations('selection');
  const [state, action] = useActionState(endorseCriterion, null);
  return (
    <ActionForm action={action} className="flex items-center gap-3">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="…" className="btn-secondary">
        👍 {t('endorse')}
      </SubmitButton>
      <span className="num">{t('endorsements', { count: count + (state?.ok ? 1 : 0) })}</span>
      <span aria-live="polite" className="text-sm">
        {state?.message}
      </span>
    </ActionForm>
  );
}
