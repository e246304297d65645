'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { recommendationStatuses } from '@/lib/enums';
import { updateRecommendation } from '@/lib/inspections/actions';
import { ActionForm, FormMessage, SubmitButton, fieldError, typed } from '@/components/ui/form';

/** One per recommendation on the page, so its field ids carry the recommendation's id. */
export function FollowUpForm({ id, status, followUp }: { id: number; status: string; followUp: string }) {
  const t = useTranslations();
  const [state, action] = useActionState(updateRecommendation, null);
  const error = fieldError(state, 'followUp');
  return (
    <ActionForm action={action} state={state} noValidate className="space-y-2">
      <FormMessage state={state} errorTitle={t('common.errorTitle')} />
      <input type="hidden" name="id" value={id} />
      <div className="field">
        <label htmlFor={`status-${id}`}>{t('inspections.detail.status')}</label>
        <select id={`status-${id}`} name="status" defaultValue={typed(state, 'status', status)}>
          {recommendationStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`inspections.recStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={`field ${error ? 'field-error' : ''}`}>
        <label htmlFor={`follow-${id}`}>{t('inspections.detail.followUp')}</label>
        {error && <p className="error-text">⚠ {error}</p>}
        <textarea
          id={`follow-${id}`}
          name="followUp"
          defaultValue={typed(state, 'followUp', followUp)}
          maxLength={2000}
          rows={2}
          aria-invalid={Boolean(error)}
        />
      </div>
      <SubmitButton pendingLabel={t('common.saving')} className="btn-secondary">
        {t('inspections.detail.update')}
      </SubmitButton>
    </ActionForm>
  );
}
