'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { issueKiosk, revokeKiosk } from '@/lib/kiosks/actions';
import { ActionForm, Field, FormMessage, SubmitButton, typed } from '@/components/ui/form';

/** Issues a kiosk key. The key is shown here once: it is stored only as a hash. */
export function IssueKioskForm() {
  const t = useTranslations();
  const [state, action] = useActionState(issueKiosk, null);
  return (
    <div className="space-y-3">
      <ActionForm action={action} className="space-y-3 max-w-xl" noValidate>
        <FormMessage state={state?.ok ? null : state} errorTitle={t('common.errorTitle')} />
        <Field name="name" label={t('kiosks.name')} hint={t('kiosks.nameHint')} state={state} defaultValue={typed(state, 'name')} />
        <SubmitButton pendingLabel={t('common.saving')}>{t('kiosks.issue')}</SubmitButton>
      </ActionForm>
      {state?.ok && state.data && (
        <div className="notice-success space-y-2" data-testid="kiosk-key">
          <p className="font-bold">{t('kiosks.issued', { name: state.data.name })}</p>
          <p>{t('kiosks.keyOnce')}</p>
          <p>
            <code className="break-all text-lg">{state.data.key}</code>
          </p>
        </div>
      )}
    </div>
  );
}

export function RevokeKioskButton({ id }: { id: number }) {
  const t = useTranslations('kiosks');
  const [state, action] = useActionState(revokeKiosk, null);
  return (
    <ActionForm action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="…" className="btn-secondary">
        {t('revoke')}
      </SubmitButton>
      <span aria-live="polite" className="text-sm">
        {state?.message}
      </span>
    </ActionForm>
  );
}
