'use client';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { recordRequest } from '@/lib/requests/actions';
import { formatCode } from '@/lib/selection/codes-format';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, typed } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';

type Props = {
  categories: { code: string; label: string }[];
  communities: { id: number; label: string }[];
};

/** Staff take a request down by phone or at the counter, then read the number and key to the resident. */
export function RecordRequestForm({ categories, communities }: Props) {
  const t = useTranslations('requests');
  const tc = useTranslations('common');
  const locale = useLocale();
  const [state, action] = useActionState(recordRequest, null);
  const filed = state?.ok ? (state.data as { number: string; key: string }) : undefined;
  if (filed) {
    return (
      <section className="space-y-3 border-2 border-dashed p-4" aria-live="polite" data-testid="recorded-slip">
        <SuccessNotice focusKey={state} className="text-lg">
          {state?.message}
        </SuccessNotice>
        <p>{t('record.slipIntro')}</p>
        <p>
          {t('filed.numberLabel')}：<span className="receipt-code">{filed.number}</span>
        </p>
        <p>
          {t('filed.keyLabel')}：<span className="receipt-code font-mono">{formatCode(filed.key)}</span>
        </p>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/staff/requests/${filed.number}`}>{t('record.open')}</Link>
          {/* A plain GET reloads the page, so the next caller starts from an empty form. */}
          <form method="get" action={getPathname({ href: '/staff/requests/new', locale })}>
            <button type="submit" className="btn-secondary">
              {t('record.another')}
            </button>
          </form>
        </div>
      </section>
    );
  }
  return (
    <ActionForm action={action} state={state} className="space-y-4" noValidate>
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <SelectField
        name="communityId"
        label={t('form.community')}
        state={state}
        options={[{ value: '', label: t('form.choose') }, ...communities.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <SelectField
        name="category"
        label={t('fields.category')}
        state={state}
        options={[{ value: '', label: t('form.choose') }, ...categories.map((c) => ({ value: c.code, label: c.label }))]}
      />
      <Field name="description" label={t('record.description')} hint={t('record.descriptionHint')} state={state}>
        <textarea id="f-description" name="description" rows={4} maxLength={1000} defaultValue={typed(state, 'description')} />
      </Field>
      <Field name="contactName" label={t('record.contactName')} state={state} maxLength={40} />
      <Field name="contactPhone" label={t('record.contactPhone')} state={state} type="tel" inputMode="tel" maxLength={20} />
      <SubmitButton pendingLabel={tc('saving')}>{t('record.submit')}</SubmitButton>
    </ActionForm>
  );
}
