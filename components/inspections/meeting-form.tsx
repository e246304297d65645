'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { createMeeting } from '@/lib/reviews/actions';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';

type Choice = { id: number; label: string };

export function MeetingForm({
  officials,
  cycles,
  today,
  officialId,
}: {
  officials: Choice[];
  cycles: Choice[];
  today: string;
  officialId?: number;
}) {
  const t = useTranslations('reviews');
  const tc = useTranslations('common');
  const [state, action] = useActionState(createMeeting, null);
  return (
    <ActionForm action={action} state={state} noValidate aria-label={t('new')}>
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <SelectField
        name="officialId"
        label={t('official')}
        state={state}
        defaultValue={officialId ?? ''}
        options={[{ value: '', label: '–' }, ...officials.map((o) => ({ value: o.id, label: o.label }))]}
      />
      <Field name="heldOn" label={t('heldOn')} state={state} type="date" defaultValue={today} />
      <Field name="place" label={t('place')} state={state} maxLength={120} />
      <Field name="attendees" label={t('attendees')} state={state} type="number" min={0} defaultValue="0" className="w-32" />
      <SelectField
        name="cycleId"
        label={t('cycle')}
        state={state}
        options={[{ value: '', label: t('noCycle') }, ...cycles.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <SubmitButton pendingLabel={tc('saving')}>{t('create')}</SubmitButton>
    </ActionForm>
  );
}
