'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { roles } from '@/lib/enums';
import { createStaff, setStaffDisabled, updateStaff } from '@/lib/staff/actions';
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
    <ActionForm action={action} noValidate>
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

export function AccountDisableToggle({ id, disabled }: { id: number; disabled: boolean }) {
  const t = useTranslations();
  const [state, action] = useActionState(setStaffDisabled, null);
  return (
    <ActionForm action={action} className="mt-6 border-t pt-4">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <p className="mb-2">{disabled ? t('staff.accounts.isDisabled') : t('staff.accounts.isEnabled')}</p>
      <SubmitButton pendingLabel={t('common.saving')} className={disabled ? 'btn-secondary' : 'btn-danger'}>
        {disabled ? t('staff.accounts.enable') : t('staff.accounts.disable')}
      </SubmitButton>
    </ActionForm>
  );
}
