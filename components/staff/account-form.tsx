'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { roles } from '@/lib/enums';
import { createStaff, setStaffDisabled, updateStaff } from '@/lib/staff/actions';
import { ActionButton, ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';

type Account = { id: number; username: string; displayName: string; role: string; unitId: number | null; disabled: boolean };

export function AccountForm({
  account,
  units,
  districtWide,
}: {
  account?: Account;
  units: { id: number; label: string }[];
  districtWide: boolean;
}) {
  const t = useTranslations();
  const [state, action] = useActionState(account ? updateStaff : createStaff, null);
  const unitOptions = [
    ...(districtWide ? [{ value: '', label: t('staff.wholeDistrict') }] : []),
    ...units.map((u) => ({ value: u.id, label: u.label })),
  ];
  return (
    <ActionForm action={action} state={state} noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      {account ? (
        <>
          <input type="hidden" name="id" value={account.id} />
          <p className="mb-4">
            {t('staff.accounts.username')}: <strong>{account.username}</strong>
          </p>
        </>
      ) : (
        <Field
          name="username"
          label={t('staff.accounts.username')}
          hint={t('staff.accounts.usernameHint')}
          state={state}
          autoComplete="off"
          required
        />
      )}
      <Field name="displayName" label={t('staff.accounts.displayName')} state={state} defaultValue={account?.displayName} required />
      <SelectField
        name="role"
        label={t('staff.accounts.role')}
        state={state}
        defaultValue={account?.role}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField
        name="unitId"
        label={t('staff.accounts.scope')}
        hint={t('staff.accounts.scopeHint')}
        state={state}
        defaultValue={account?.unitId ?? ''}
        options={unitOptions}
      />
      <Field
        name="password"
        type="password"
        label={account ? t('staff.accounts.newPassword') : t('staff.accounts.password')}
        hint={t('staff.accounts.passwordHint')}
        state={state}
        autoComplete="new-password"
      />
      <SubmitButton pendingLabel={t('common.saving')}>{account ? t('common.save') : t('common.create')}</SubmitButton>
    </ActionForm>
  );
}

/** Enabling is one click; disabling opens its confirmation step (`?confirm=disable`), rendered by the page. */
export function AccountDisableToggle({
  id,
  name,
  disabled,
  confirming,
}: {
  id: number;
  name: string;
  disabled: boolean;
  confirming: boolean;
}) {
  const t = useTranslations();
  const here = `/staff/accounts/${id}`;
  return (
    <div className="mt-6 border-t pt-4 space-y-2">
      <p>{disabled ? t('staff.accounts.isDisabled') : t('staff.accounts.isEnabled')}</p>
      {disabled ? (
        <ActionButton action={setStaffDisabled} fields={{ id, disabled: 'false' }} label={t('staff.accounts.enable')} />
      ) : confirming ? (
        <ConfirmPanel
          action={setStaffDisabled}
          fields={{ id, disabled: 'true' }}
          title={t('guards.disable.confirmTitle', { name })}
          consequences={[t('guards.disable.consequence', { name }), t('guards.disable.reversible')]}
          confirmLabel={t('guards.disable.confirmLabel')}
          cancelHref={here}
        />
      ) : (
        <ConfirmLink href={`${here}?confirm=disable`}>{t('guards.disable.trigger')}</ConfirmLink>
      )}
    </div>
  );
}
