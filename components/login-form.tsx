'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { signInAction } from '@/lib/auth/actions';
import { Field, FormMessage, SubmitButton } from './ui/form';

// A plain form on purpose: after a refusal React resets it, so the password field comes back empty.
export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const [state, action] = useActionState(signInAction, null);
  return (
    <form action={action} className="max-w-md" noValidate>
      <FormMessage state={state} errorTitle={t('errorTitle')} />
      <input type="hidden" name="next" value={next ?? ''} />
      <Field name="username" label={t('username')} state={state} autoComplete="username" required />
      <Field name="password" label={t('password')} state={state} type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel={t('signingIn')}>{t('submit')}</SubmitButton>
    </form>
  );
}
