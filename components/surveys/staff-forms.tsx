'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmLink, ConfirmPanel } from '@/components/ui/confirm';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton } from '@/components/ui/form';
import type { ActionResult } from '@/lib/action/core';
import { assignSurveyor, commitSeed, createSurvey, drawSample, revealSeed, setSurveyStatus } from '@/lib/surveys/actions';
import { computeRatings, publishRatings } from '@/lib/ratings/actions';

type Action = (prev: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

export function CreateSurveyForm({ year }: { year: number }) {
  const t = useTranslations('surveys.staff');
  const [state, action] = useActionState(createSurvey, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <Field name="name" label={t('name')} state={state} defaultValue={t('defaultName', { year })} />
      <Field name="nameEn" label={t('nameEn')} hint={t('nameEnHint')} state={state} lang="en" maxLength={160} />
      <Field name="year" label={t('year')} state={state} defaultValue={year} inputMode="numeric" />
      <Field
        name="samplePercent"
        label={t('samplePercent')}
        state={state}
        defaultValue={10}
        inputMode="decimal"
        hint={t('samplePercentHint')}
      />
      <Field name="targetResponsePercent" label={t('target')} state={state} defaultValue={60} inputMode="decimal" />
      <SubmitButton pendingLabel={t('saving')}>{t('create')}</SubmitButton>
    </ActionForm>
  );
}

const seedActions = { commit: commitSeed, draw: drawSample } as const;

/** The organizer types the seed: at commit only its hash is kept; at the draw it must match. */
export function SeedForm({ surveyId, step, suggestion }: { surveyId: number; step: 'commit' | 'draw'; suggestion?: string }) {
  const t = useTranslations('surveys.staff');
  const [state, action] = useActionState(seedActions[step] as unknown as Action, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <Field name="seed" label={t(`${step}Seed`)} hint={t(`${step}SeedHint`)} state={state} defaultValue={suggestion} autoComplete="off" />
      <SubmitButton pendingLabel={t('saving')}>{t(`${step}Button`)}</SubmitButton>
    </ActionForm>
  );
}

const buttons = {
  reveal: revealSeed,
  open: setSurveyStatus,
  close: setSurveyStatus,
  compute: computeRatings,
  publish: publishRatings,
} as const;

type StepConfirm = { title: string; consequences: string[]; here: string; active: boolean };

/**
 * One step of a cycle. A step that cannot be undone (revealing the seed, closing, publishing) first
 * opens its confirmation step at `?confirm=<step>`, rendered by the page.
 */
export function StepButton({
  surveyId,
  step,
  label,
  confirm,
}: {
  surveyId: number;
  step: keyof typeof buttons;
  label: string;
  confirm?: StepConfirm;
}) {
  const t = useTranslations('surveys.staff');
  const [state, action] = useActionState(buttons[step] as unknown as Action, null);
  const fields = { surveyId, ...(step === 'open' || step === 'close' ? { status: step === 'open' ? 'open' : 'closed' } : {}) };
  if (confirm && !confirm.active)
    return <ConfirmLink href={`${confirm.here}${confirm.here.includes('?') ? '&' : '?'}confirm=${step}`}>{label}…</ConfirmLink>;
  if (confirm)
    return (
      <ConfirmPanel
        action={buttons[step] as unknown as Action}
        fields={fields}
        title={confirm.title}
        consequences={confirm.consequences}
        confirmLabel={label}
        cancelHref={confirm.here}
      />
    );
  return (
    <ActionForm action={action} state={state} className="space-y-2">
      <FormMessage state={state} errorTitle={t('problem')} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingLabel={t('saving')} className="btn-primary">
        {label}
      </SubmitButton>
    </ActionForm>
  );
}

export function AssignForm({
  surveyId,
  communities,
  surveyors,
}: {
  surveyId: number;
  communities: { value: number; label: string }[];
  surveyors: { value: number; label: string }[];
}) {
  const t = useTranslations('surveys.staff');
  const [state, action] = useActionState(assignSurveyor, null);
  return (
    <ActionForm action={action} state={state} className="space-y-3 max-w-xl">
      <FormMessage state={state} errorTitle={t('problem')} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <SelectField name="staffId" label={t('surveyor')} state={state} options={surveyors} />
      <SelectField name="communityId" label={t('community')} state={state} options={communities} />
      <SubmitButton pendingLabel={t('saving')} className="btn-secondary">
        {t('assign')}
      </SubmitButton>
    </ActionForm>
  );
}
