'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm, Field, FormMessage, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action/core';
import { guardianRoles } from '@/lib/enums';
import { PartyLinks, type PartyLink } from './party-links';

type SetupAction<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

const ROWS = 5;
const defaultRoles = ['residents', 'residents', 'discipline', 'notary', 'other'] as const;

/**
 * Guardians, k of n, and the credential authority; on success the links are shown once, here. The
 * owner is a selection, or (with its own action and hidden field) a call's residents' vote.
 */
export function ElectionSetupForm<T extends { links: PartyLink[] }>({
  setup,
  owner,
  publicUrl,
  showForm,
}: {
  setup: SetupAction<T>;
  /** The owner's hidden field: `selectionId` or `callId`. */
  owner: { name: string; id: number };
  publicUrl: string;
  showForm: boolean;
}) {
  const t = useTranslations();
  const [state, action] = useActionState(setup, null);
  if (state?.ok && state.data) return <PartyLinks links={state.data.links} publicUrl={publicUrl} />;
  if (!showForm) return null;
  return (
    <ActionForm action={action} noValidate className="max-w-3xl space-y-4">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name={owner.name} value={owner.id} />
      <fieldset className="space-y-2">
        <legend className="text-xl font-bold">{t('election.setup.heading')}</legend>
        <p className="hint">{t('election.setup.guardianHint')}</p>
        {Array.from({ length: ROWS }, (_, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_14rem] items-end">
            <div className="field">
              <label htmlFor={`g-name-${i}`}>
                {t('election.setup.guardian', { n: i + 1 })} · {t('election.setup.guardianName')}
              </label>
              <input id={`g-name-${i}`} name="guardianName[]" maxLength={60} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={`g-role-${i}`}>{t('election.setup.guardianRole')}</label>
              <select id={`g-role-${i}`} name="guardianRole[]" defaultValue={defaultRoles[i] ?? 'other'}>
                {guardianRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`election.roles.${r}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
        {state && !state.ok && state.fieldErrors?.['guardianName[]'] && (
          <p className="error-text">⚠ {state.fieldErrors['guardianName[]'][0]}</p>
        )}
      </fieldset>
      <Field
        name="threshold"
        label={t('election.setup.threshold')}
        hint={t('election.setup.thresholdHint')}
        state={state}
        defaultValue={3}
        inputMode="numeric"
      />
      <Field
        name="authorityName"
        label={t('election.setup.authorityName')}
        hint={t('election.setup.authorityHint')}
        state={state}
        autoComplete="off"
      />
      <SubmitButton pendingLabel={t('common.saving')}>{t('election.setup.submit')}</SubmitButton>
    </ActionForm>
  );
}
