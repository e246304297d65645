'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { confirmPublication, recordCommendation, requestPublication } from '@/lib/selection/publish-actions';
import { ConfirmButtons, ConfirmFrame, ConfirmPanel } from '@/components/ui/confirm';
import { ActionForm, Field, FormMessage, SubmitButton } from '@/components/ui/form';

type Confirm = { title: string; consequences: string[]; cancelHref: string };

/** The confirmation step of publication; a tie at the last place is settled on the same step. */
export function PublishForm({ id, tied, confirm }: { id: number; tied: { id: number; name: string }[]; confirm: Confirm }) {
  const t = useTranslations();
  const [state, action] = useActionState(requestPublication, null);
  const [mode, setMode] = useState(tied.length ? 'settle' : 'none');
  return (
    <ConfirmFrame title={confirm.title} consequences={confirm.consequences}>
      <ActionForm action={action} className="space-y-3 max-w-2xl">
        <FormMessage state={state} errorTitle={t('common.errorTitle')} />
        <input type="hidden" name="id" value={id} />
        {tied.length > 0 ? (
          <fieldset className="field space-y-2">
            <legend className="font-bold">{t('staff.count.tieLegend')}</legend>
            <label className="flex gap-2 items-center">
              <input type="radio" name="tieMode" value="settle" checked={mode === 'settle'} onChange={() => setMode('settle')} />{' '}
              {t('staff.count.settle')}
            </label>
            <label className="flex gap-2 items-center">
              <input type="radio" name="tieMode" value="asIs" checked={mode === 'asIs'} onChange={() => setMode('asIs')} />{' '}
              {t('staff.count.asIs')}
            </label>
            {mode === 'settle' && (
              <div className="space-y-2 pl-6">
                <p>{t('staff.count.chooseTied')}</p>
                {tied.map((c) => (
                  <label key={c.id} className="flex gap-2 items-center">
                    <input type="checkbox" name="chosen[]" value={c.id} /> {c.name}
                  </label>
                ))}
                <Field name="rule" label={t('staff.count.rule')} state={state} />
                <Field name="reason" label={t('staff.count.reason')} state={state} />
              </div>
            )}
          </fieldset>
        ) : (
          <input type="hidden" name="tieMode" value="none" />
        )}
        <ConfirmButtons confirmLabel={t('staff.count.publish')} cancelHref={confirm.cancelHref} />
      </ActionForm>
    </ConfirmFrame>
  );
}

export function ConfirmPublicationForm({ id, confirm }: { id: number; confirm: Confirm }) {
  const t = useTranslations();
  return (
    <ConfirmPanel
      action={confirmPublication}
      fields={{ id }}
      title={confirm.title}
      consequences={confirm.consequences}
      confirmLabel={t('staff.count.confirm')}
      cancelHref={confirm.cancelHref}
    />
  );
}

export function CommendationForm({
  id,
  values,
}: {
  id: number;
  values: { commendedOn: string | null; commendationPlace: string | null; commendationNotes: string | null };
}) {
  const t = useTranslations();
  const [state, action] = useActionState(recordCommendation, null);
  return (
    <ActionForm action={action} state={state} className="max-w-xl" noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <Field name="commendedOn" type="date" label={t('staff.count.commendedOn')} state={state} defaultValue={values.commendedOn ?? ''} />
      <Field
        name="commendationPlace"
        label={t('staff.count.commendationPlace')}
        state={state}
        defaultValue={values.commendationPlace ?? ''}
      />
      <Field
        name="commendationNotes"
        label={t('staff.count.commendationNotes')}
        state={state}
        defaultValue={values.commendationNotes ?? ''}
      />
      <SubmitButton pendingLabel={t('common.saving')}>{t('common.save')}</SubmitButton>
    </ActionForm>
  );
}
