'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { nominate } from '@/lib/selection/public-actions';
import { ActionForm, Field, FormMessage, SubmitButton, fieldError, typed } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';

type Match = { id: number; name: string; position: string; unit: string };

export function NominateForm({ year, matches }: { year: number; matches: Match[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(nominate, null);
  if (state?.ok)
    return (
      <SuccessNotice focusKey={state} className="text-lg">
        {state.message}
      </SuccessNotice>
    );
  const chosen = typed(state, 'officialId', matches.length ? undefined : '');
  const officialError = fieldError(state, 'officialId');
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-2xl" noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="year" value={year} />
      <fieldset className={`field ${officialError ? 'field-error' : ''}`}>
        <legend className="font-bold mb-2">{t('selection.nomineeLegend')}</legend>
        {officialError && <p className="error-text">⚠ {officialError}</p>}
        <ul className="space-y-2">
          {matches.map((m) => (
            <li key={m.id}>
              <label className="candidate-option">
                <input type="radio" name="officialId" value={m.id} defaultChecked={chosen === String(m.id)} />
                <span>
                  <span className="block font-bold">{m.name}</span>
                  <span className="block">
                    {m.unit} · {m.position}
                  </span>
                </span>
              </label>
            </li>
          ))}
          <li>
            <label className="candidate-option">
              <input type="radio" name="officialId" value="" defaultChecked={chosen === ''} />
              <span>{t('selection.notListed')}</span>
            </label>
          </li>
        </ul>
      </fieldset>
      <Field name="nomineeName" label={t('selection.nomineeName')} hint={t('selection.nomineeNameHint')} state={state} />
      <Field name="nomineeUnit" label={t('selection.nomineeUnit')} state={state} />
      <Field name="reason" label={t('selection.reason')} hint={t('selection.reasonHint')} state={state}>
        <textarea id="f-reason" name="reason" maxLength={1000} defaultValue={typed(state, 'reason')} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{t('selection.nominateSubmit')}</SubmitButton>
    </ActionForm>
  );
}
