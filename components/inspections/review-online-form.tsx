'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { submitReviewForm } from '@/lib/reviews/public-actions';
import { ActionForm, FormMessage, SubmitButton, fieldError } from '@/components/ui/form';

// Kept here rather than imported from the domain, so the public page's bundle stays small.
const DIMENSIONS = ['morality', 'ability', 'diligence', 'achievement', 'integrity'] as const;
const GRADES = ['excellent', 'competent', 'basic', 'incompetent'] as const;

/** Five questions, four large choices each; a plain form that works without JavaScript. */
export function ReviewOnlineForm() {
  const t = useTranslations('reviewForm');
  const [state, action] = useActionState(submitReviewForm, null);
  return (
    <ActionForm action={action} state={state} className="space-y-6">
      <FormMessage state={state} errorTitle={t('problem')} />
      {DIMENSIONS.map((d) => {
        const error = fieldError(state, d);
        return (
          <fieldset key={d} className="mb-6" aria-invalid={Boolean(error)}>
            <legend className="text-xl font-bold mb-2">{t(`dimensions.${d}`)}</legend>
            {error && <p className="error-text">⚠ {error}</p>}
            <div className="grid grid-cols-2 sm:grid-cols-4 gap-2">
              {GRADES.map((g) => (
                <label key={g} className="candidate-option flex items-center gap-3 min-h-12 text-lg cursor-pointer">
                  <input type="radio" name={d} value={g} required className="w-6 h-6" />
                  {t(`grades.${g}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <SubmitButton pendingLabel={t('submitting')} className="btn-primary btn-large">
        {t('submit')}
      </SubmitButton>
    </ActionForm>
  );
}
