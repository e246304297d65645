'use client';
import { Link } from '@/lib/i18n/navigation';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { fileRequestAction } from '@/lib/requests/public-actions';
import { formatCode } from '@/lib/selection/codes-format';
import { ActionForm, Field, FormMessage, SelectField, SubmitButton, typed } from '@/components/ui/form';
import { SuccessNotice } from '@/components/ui/notice';
import { PrintButton } from '@/components/ui/print-button';

type Props = {
  categories: { code: string; label: string }[];
  communities: { id: number; label: string }[];
};

/** The resident's form: plain words, big targets, works without JavaScript (a native POST to the action). */
export function FileRequestForm({ categories, communities }: Props) {
  const t = useTranslations('requests');
  const tc = useTranslations('common');
  const [state, action] = useActionState(fileRequestAction, null);
  if (state?.ok && state.data) {
    const { number, key } = state.data;
    return (
      <section className="space-y-4 max-w-xl border-2 border-dashed p-4" aria-labelledby="filed-title">
        <SuccessNotice focusKey={state} id="filed-title" className="text-xl font-bold">
          {t('filed.title')}
        </SuccessNotice>
        <p className="text-lg">{t('filed.numberLabel')}</p>
        <p className="receipt-code" data-testid="request-number">
          {number}
        </p>
        <p className="text-lg">{t('filed.keyLabel')}</p>
        <p className="receipt-code" data-testid="request-key">
          {formatCode(key)}
        </p>
        <p className="notice-info">{t('filed.keyHint')}</p>
        <PrintButton label={t('filed.print')} />
        <p className="text-lg no-print">
          <Link href={`/requests/${number}`}>{t('filed.follow')}</Link>
        </p>
      </section>
    );
  }
  return (
    <ActionForm action={action} state={state} className="space-y-4 max-w-xl" noValidate>
      <FormMessage state={state} errorTitle={tc('errorTitle')} />
      <SelectField
        name="category"
        label={t('form.category')}
        state={state}
        options={[{ value: '', label: t('form.choose') }, ...categories.map((c) => ({ value: c.code, label: c.label }))]}
      />
      <SelectField
        name="community"
        label={t('form.community')}
        hint={t('form.communityHint')}
        state={state}
        options={[{ value: '', label: t('form.choose') }, ...communities.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <Field name="description" label={t('form.description')} hint={t('form.descriptionHint')} state={state}>
        <textarea id="f-description" name="description" rows={5} maxLength={1000} defaultValue={typed(state, 'description')} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-bold">{t('form.contactLegend')}</legend>
        <p className="hint">{t('form.contactHint')}</p>
        <Field name="contactName" label={t('form.contactName')} state={state} autoComplete="name" maxLength={40} />
        <Field
          name="contactPhone"
          label={t('form.contactPhone')}
          state={state}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          maxLength={20}
        />
      </fieldset>
      <SubmitButton pendingLabel={t('form.sending')} className="btn-primary btn-large">
        {t('form.submit')}
      </SubmitButton>
    </ActionForm>
  );
}
