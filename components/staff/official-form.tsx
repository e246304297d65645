'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { grades } from '@/lib/enums';
import { createOfficial, setOfficialActive, updateOfficial } from '@/lib/officials/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, typed } from '@/components/ui/form';

type Official = {
  id: number;
  unitId: number;
  name: string;
  position: string;
  positionEn: string | null;
  grade: string;
  bio: string;
  photoUrl: string | null;
  active: boolean;
};

export function OfficialForm({ official, units }: { official?: Official; units: { id: number; label: string }[] }) {
  const t = useTranslations();
  const [state, action] = useActionState(official ? updateOfficial : createOfficial, null);
  return (
    <ActionForm action={action} state={state} noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      {official && <input type="hidden" name="id" value={official.id} />}
      <Field name="name" label={t('staff.officials.name')} state={state} defaultValue={official?.name} required />
      <SelectField
        name="unitId"
        label={t('staff.officials.unit')}
        state={state}
        defaultValue={official?.unitId}
        options={units.map((u) => ({ value: u.id, label: u.label }))}
      />
      <Field name="position" label={t('staff.officials.position')} state={state} defaultValue={official?.position} required />
      <Field
        name="positionEn"
        label={t('staff.officials.positionEn')}
        hint={t('common.englishHint')}
        state={state}
        defaultValue={official?.positionEn ?? ''}
        lang="en"
        maxLength={120}
      />
      <SelectField
        name="grade"
        label={t('staff.officials.grade')}
        state={state}
        defaultValue={official?.grade}
        options={grades.map((g) => ({ value: g, label: t(`grades.${g}`) }))}
      />
      <Field
        name="photoUrl"
        label={t('staff.officials.photo')}
        hint={t('staff.officials.photoHint')}
        state={state}
        defaultValue={official?.photoUrl ?? ''}
      />
      <Field name="bio" label={t('staff.officials.bio')} state={state}>
        <textarea id="f-bio" name="bio" defaultValue={typed(state, 'bio', official?.bio)} maxLength={2000} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{official ? t('common.save') : t('common.create')}</SubmitButton>
    </ActionForm>
  );
}

export function OfficialActiveToggle({ id, active }: { id: number; active: boolean }) {
  const t = useTranslations();
  const [state, action] = useActionState(setOfficialActive, null);
  return (
    <ActionForm action={action} state={state} className="mt-6 border-t pt-4">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <p className="mb-2">{active ? t('staff.officials.isActive') : t('staff.officials.isInactive')}</p>
      <SubmitButton pendingLabel={t('common.saving')} className={active ? 'btn-danger' : 'btn-secondary'}>
        {active ? t('staff.officials.deactivate') : t('staff.officials.activate')}
      </SubmitButton>
    </ActionForm>
  );
}
