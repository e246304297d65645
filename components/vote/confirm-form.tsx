'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { confirmBallot } from '@/lib/selection/vote-actions';
import { ActionForm, FormMessage, SubmitButton } from '@/components/ui/form';

export function ConfirmForm() {
  const t = useTranslations('vote');
  const [state, action] = useActionState(confirmBallot, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3">
      <FormMessage state={state} errorTitle={t('problem')} />
      <SubmitButton pendingLabel={t('casting')} className="btn-primary btn-large">
        {t('confirm')}
      </SubmitButton>
    </ActionForm>
  );
}
