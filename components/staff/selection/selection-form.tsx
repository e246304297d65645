'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { Selection } from '@/db/schema';
import { createSelection, updateSelection } from '@/lib/selection/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, typed } from '@/components/ui/form';
import { selectionModes } from '@/lib/enums';
import { districtDateTime } from '@/lib/district-time';

/** datetime-local in the district's time zone (UTC+8). */
const local = (d: Date | null | undefined) => (d ? districtDateTime(d) : '');

export function SelectionForm({ selection }: { selection?: Selection }) {
  const t = useTranslations();
  const [state, action] = useActionState(selection ? updateSelection : createSelection, null);
  const year = new Date().getFullYear();
  return (
    <ActionForm action={action} state={state} noValidate className="max-w-2xl">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      {selection && <input type="hidden" name="id" value={selection.id} />}
      <Field name="year" label={t('staff.selections.year')} state={state} defaultValue={selection?.year ?? year} inputMode="numeric" />
      <Field
        name="title"
        label={t('staff.selections.titleField')}
        state={state}
        defaultValue={selection?.title ?? t('staff.selections.defaultTitle', { year })}
      />
      <Field
        name="titleEn"
        label={t('staff.selections.titleEn')}
        hint={t('common.englishHint')}
        state={state}
        defaultValue={selection?.titleEn ?? ''}
        lang="en"
        maxLength={160}
      />
      <Field name="rules" label={t('staff.selections.rules')} state={state}>
        <textarea id="f-rules" name="rules" rows={6} defaultValue={typed(state, 'rules', selection?.rules)} />
      </Field>
      <Field name="rulesEn" label={t('staff.selections.rulesEn')} hint={t('common.englishHint')} state={state}>
        <textarea id="f-rulesEn" name="rulesEn" rows={4} lang="en" defaultValue={typed(state, 'rulesEn', selection?.rulesEn)} />
      </Field>
      <Field
        name="maxChoices"
        label={t('staff.selections.maxChoices')}
        state={state}
        defaultValue={selection?.maxChoices ?? 10}
        inputMode="numeric"
      />
      <Field
        name="winners"
        label={t('staff.selections.winners')}
        state={state}
        defaultValue={selection?.winners ?? 10}
        inputMode="numeric"
      />
      <Field
        name="criteriaOpensAt"
        type="datetime-local"
        label={t('staff.selections.criteriaOpensAt')}
        state={state}
        defaultValue={local(selection?.criteriaOpensAt)}
      />
      <Field
        name="nominationOpensAt"
        type="datetime-local"
        label={t('staff.selections.nominationOpensAt')}
        state={state}
        defaultValue={local(selection?.nominationOpensAt)}
      />
      <Field
        name="votingOpensAt"
        type="datetime-local"
        label={t('staff.selections.votingOpensAt')}
        state={state}
        defaultValue={local(selection?.votingOpensAt)}
      />
      <Field
        name="votingClosesAt"
        type="datetime-local"
        label={t('staff.selections.votingClosesAt')}
        state={state}
        defaultValue={local(selection?.votingClosesAt)}
      />
      <SelectField
        name="mode"
        label={t('election.modes.label')}
        hint={t('election.modes.hint')}
        state={state}
        defaultValue={selection?.mode ?? 'plain'}
        options={selectionModes.map((m) => ({ value: m, label: t(`election.modes.${m}`) }))}
      />
      <SubmitButton pendingLabel={t('common.saving')}>{selection ? t('common.save') : t('common.create')}</SubmitButton>
    </ActionForm>
  );
}
