'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { issueCodes } from '@/lib/reviews/actions';
import { formatCode } from '@/lib/selection/codes-format';
import { ActionForm, Field, FormMessage, SubmitButton } from '@/components/ui/form';
import { PrintButton } from '@/components/ui/print-button';

/** The plain codes live only in this response: once the page is left they cannot be shown again. */
export function CodeIssuer({ meetingId }: { meetingId: number }) {
  const t = useTranslations('reviews.codes');
  const tc = useTranslations('common');
  const [state, action] = useActionState(issueCodes, null);
  const codes = state?.ok ? ((state.data as { codes: string[] } | undefined)?.codes ?? []) : [];
  return (
    <div className="space-y-3">
      <ActionForm action={action} noValidate className="flex flex-wrap items-end gap-3 no-print" aria-label={t('issue')}>
        <FormMessage state={state && !state.ok ? state : null} errorTitle={tc('errorTitle')} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <Field name="count" label={t('count')} state={state} type="number" min={1} max={500} defaultValue="30" className="w-24" />
        <SubmitButton pendingLabel={tc('saving')} className="btn-secondary">
          {t('issue')}
        </SubmitButton>
      </ActionForm>
      {codes.length > 0 && (
        <section aria-label={t('issued', { count: codes.length })} className="space-y-2">
          <p className="notice-info">{t('issued', { count: codes.length })}</p>
          <ol className="grid grid-cols-2 sm:grid-cols-4 gap-2 list-decimal pl-6" data-testid="review-codes">
            {codes.map((c) => (
              <li key={c} className="receipt-code text-base">
                {formatCode(c)}
              </li>
            ))}
          </ol>
          <PrintButton label={t('print')} />
        </section>
      )}
    </div>
  );
}
