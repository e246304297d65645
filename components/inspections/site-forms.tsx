'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { siteKinds } from '@/lib/enums';
import { createSite, setSiteActive, updateSite } from '@/lib/inspections/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';

type Site = { id: number; name: string; kind: string; unitId: number; address: string; active: boolean };

export function SiteForm({ site, units }: { site?: Site; units: { id: number; label: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(site ? updateSite : createSite, null);
  return (
    <ActionForm action={action} state={state} noValidate aria-label={site ? t('inspections.sites.edit') : t('inspections.sites.new')}>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      {site && <input type="hidden" name="id" value={site.id} />}
      <Field name="name" label={t('inspections.sites.name')} state={state} defaultValue={site?.name} required maxLength={80} />
      <SelectField
        name="kind"
        label={t('inspections.sites.kind')}
        state={state}
        defaultValue={site?.kind}
        options={siteKinds.map((k) => ({ value: k, label: t(`inspections.siteKinds.${k}`) }))}
      />
      <SelectField
        name="unitId"
        label={t('inspections.sites.unit')}
        state={state}
        defaultValue={site?.unitId}
        options={units.map((u) => ({ value: u.id, label: u.label }))}
      />
      <Field name="address" label={t('inspections.sites.address')} state={state} defaultValue={site?.address} maxLength={200} />
      <SubmitButton pendingLabel={t('common.saving')}>{site ? t('common.save') : t('common.create')}</SubmitButton>
    </ActionForm>
  );
}

export function SiteActiveToggle({ id, active }: { id: number; active: boolean }) {
  const t = useTranslations();
  const [state, action] = useActionState(setSiteActive, null);
  return (
    <ActionForm action={action} state={state} className="mt-6 border-t pt-4">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <p className="mb-2">{active ? t('inspections.sites.isActive') : t('inspections.sites.isInactive')}</p>
      <SubmitButton pendingLabel={t('common.saving')} className={active ? 'btn-danger' : 'btn-secondary'}>
        {active ? t('inspections.sites.deactivate') : t('inspections.sites.activate')}
      </SubmitButton>
    </ActionForm>
  );
}
