'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { decideNomination, moderateCriterion, revokeCode } from '@/lib/selection/actions';
import { codeInputProps } from '@/components/ui/code-field';
import { ActionForm, Field, FormMessage, SubmitButton, fieldError } from '@/components/ui/form';

export function ModerateButtons({ id, status, textEn }: { id: number; status: string; textEn: string | null }) {
  const t = useTranslations();
  const [state, action] = useActionState(moderateCriterion, null);
  const choices = (['published', 'adopted', 'rejected'] as const).filter((s) => s !== status);
  return (
    <ActionForm action={action} state={state} idPrefix={`c${id}`} className="space-y-2">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <Field name="textEn" label={t('staff.criteria.textEn')} state={state} defaultValue={textEn ?? ''} lang="en" maxLength={400} />
      <div className="flex flex-wrap gap-2 items-center">
        {choices.map((s) => (
          <button key={s} type="submit" name="status" value={s} className={s === 'rejected' ? 'btn-danger' : 'btn-secondary'}>
            {t(`staff.criteria.to.${s}`)}
          </button>
        ))}
      </div>
    </ActionForm>
  );
}

export function NominationDecision({
  id,
  needsOfficial,
  suggestions,
}: {
  id: number;
  needsOfficial: boolean;
  suggestions: { id: number; label: string }[];
}) {
  const t = useTranslations();
  const [state, action] = useActionState(decideNomination, null);
  return (
    <ActionForm action={action} state={state} idPrefix={`n${id}`} className="space-y-2">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      {needsOfficial && (
        <Field name="officialId" label={t('staff.nominations.linkOfficial')} hint={t('staff.nominations.linkHint')} state={state}>
          <select id={`n${id}-officialId`} name="officialId" defaultValue="">
            <option value="">—</option>
            {suggestions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field name="reason" label={t('staff.nominations.reason')} state={state} />
      <div className="flex gap-2">
        <button type="submit" name="decision" value="approve" className="btn-primary">
          {t('staff.nominations.approve')}
        </button>
        <button type="submit" name="decision" value="reject" className="btn-danger">
          {t('staff.nominations.reject')}
        </button>
      </div>
    </ActionForm>
  );
}

export function RevokeCodeForm({ selectionId }: { selectionId: number }) {
  const t = useTranslations();
  const [state, action] = useActionState(revokeCode, null);
  return (
    <ActionForm action={action} state={state} className="max-w-md" noValidate>
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="selectionId" value={selectionId} />
      <Field name="code" label={t('staff.codes.revokeOne')} hint={t('staff.codes.revokeOneHint')} state={state} {...codeInputProps} />
      <div className={`mb-5 ${fieldError(state, 'confirmed') ? 'field-error' : ''}`}>
        {fieldError(state, 'confirmed') && <p className="error-text">⚠ {fieldError(state, 'confirmed')}</p>}
        <label className="candidate-option">
          <input type="checkbox" name="confirmed" value="yes" /> <span>{t('guards.revokeOne.understand')}</span>
        </label>
      </div>
      <SubmitButton pendingLabel={t('common.saving')} className="btn-danger">
        {t('staff.codes.revokeOneSubmit')}
      </SubmitButton>
    </ActionForm>
  );
}
