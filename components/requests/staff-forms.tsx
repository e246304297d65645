'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { assignRequest, noteRequest, resolveRequest, startRequest } from '@/lib/requests/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, typed } from '@/components/ui/form';

type Targets = { units: { id: number; name: string }[]; officials: { id: number; name: string; position: string; unitName: string }[] };

export function AssignForm({ id, targets }: { id: number; targets: Targets }) {
  const t = useTranslations('requests.staff');
  const tc = useTranslations('common');
  const [state, action] = useActionState(assignRequest, null);
  return (
    <ActionForm action={action} state={state} idPrefix="assign" className="space-y-3">
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <SelectField
        name="officialId"
        label={t('assignOfficial')}
        state={state}
        options={[
          { value: '', label: '—' },
          ...targets.officials.map((o) => ({ value: o.id, label: `${o.name}（${o.unitName} ${o.position}）` })),
        ]}
      />
      <SelectField
        name="unitId"
        label={t('assignUnit')}
        hint={t('assignHint')}
        state={state}
        options={[{ value: '', label: '—' }, ...targets.units.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <Field name="note" label={t('publicNote')} hint={t('publicNoteHint')} state={state} maxLength={500} />
      <SubmitButton pendingLabel={tc('saving')}>{t('assign')}</SubmitButton>
    </ActionForm>
  );
}

export function StartForm({ id }: { id: number }) {
  const t = useTranslations('requests.staff');
  const tc = useTranslations('common');
  const [state, action] = useActionState(startRequest, null);
  return (
    <ActionForm action={action} state={state} idPrefix="start" className="space-y-3">
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <Field name="note" label={t('publicNote')} hint={t('publicNoteHint')} state={state} maxLength={500} />
      <SubmitButton pendingLabel={tc('saving')} className="btn-secondary">
        {t('start')}
      </SubmitButton>
    </ActionForm>
  );
}

export function ResolveForm({ id }: { id: number }) {
  const t = useTranslations('requests.staff');
  const tc = useTranslations('common');
  const [state, action] = useActionState(resolveRequest, null);
  return (
    <ActionForm action={action} state={state} idPrefix="resolve" className="space-y-3">
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <Field name="resolution" label={t('resolution')} hint={t('resolutionHint')} state={state}>
        <textarea id="resolve-resolution" name="resolution" rows={3} maxLength={1000} defaultValue={typed(state, 'resolution')} />
      </Field>
      <SubmitButton pendingLabel={tc('saving')}>{t('resolve')}</SubmitButton>
    </ActionForm>
  );
}

export function NoteForm({ id }: { id: number }) {
  const t = useTranslations('requests.staff');
  const tc = useTranslations('common');
  const [state, action] = useActionState(noteRequest, null);
  return (
    <ActionForm action={action} state={state} idPrefix="note" className="space-y-3">
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <Field name="note" label={t('note')} state={state}>
        <textarea id="note-note" name="note" rows={2} maxLength={500} defaultValue={typed(state, 'note')} />
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="public" value="on" /> {t('notePublic')}
      </label>
      <SubmitButton pendingLabel={tc('saving')} className="btn-secondary">
        {t('addNote')}
      </SubmitButton>
    </ActionForm>
  );
}
