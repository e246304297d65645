'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createUnit, updateUnit } from '@/lib/units/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';

type Parent = { id: number; name: string; kind: string };

export function CreateUnitForm({ parents }: { parents: Parent[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(createUnit, null);
  return (
    <ActionForm action={action} state={state} className="border-2 border-[var(--color-line)] p-4" noValidate>
      <h2 className="text-xl font-bold mb-3">{t('staff.units.create')}</h2>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <SelectField
        name="kind"
        label={t('staff.units.kind')}
        state={state}
        options={(['street', 'community'] as const).map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
        defaultValue="community"
      />
      <SelectField
        name="parentId"
        label={t('staff.units.parent')}
        hint={t('staff.units.parentHint')}
        state={state}
        options={parents.map((p) => ({ value: p.id, label: `${p.name}（${t(`unitKinds.${p.kind}`)}）` }))}
      />
      <Field name="name" label={t('staff.units.name')} state={state} required />
      <Field name="nameEn" label={t('common.englishName')} hint={t('common.englishHint')} state={state} lang="en" maxLength={120} />
      <Field
        name="households"
        label={t('staff.units.households')}
        hint={t('staff.units.householdsHint')}
        state={state}
        inputMode="numeric"
      />
      <SubmitButton pendingLabel={t('common.saving')}>{t('common.create')}</SubmitButton>
    </ActionForm>
  );
}

export function EditUnitForm({
  unit,
}: {
  unit: { id: number; name: string; nameEn: string | null; kind: string; households: number | null };
}) {
  const t = useTranslations();
  const [state, action] = useActionState(updateUnit, null);
  return (
    <ActionForm action={action} state={state} idPrefix={`u${unit.id}`} className="space-y-2 py-2" noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={unit.id} />
      <Field name="name" label={t('staff.units.name')} state={state} defaultValue={unit.name} required />
      <Field
        name="nameEn"
        label={t('common.englishName')}
        hint={t('common.englishHint')}
        state={state}
        defaultValue={unit.nameEn ?? ''}
        lang="en"
        maxLength={120}
      />
      {unit.kind === 'community' && (
        <Field
          name="households"
          label={t('staff.units.households')}
          state={state}
          defaultValue={unit.households ?? ''}
          inputMode="numeric"
        />
      )}
      <SubmitButton pendingLabel={t('common.saving')} className="btn-secondary">
        {t('common.save')}
      </SubmitButton>
    </ActionForm>
  );
}
