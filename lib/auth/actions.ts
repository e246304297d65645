'use server';
import { AuthError, CredentialsSignin } from 'next-auth';
import { getLocale, getTranslations } from 'next-intl/server';
import { originMatches } from '@/lib/action';
import type { ActionResult } from '@/lib/action/core';
import { getPathname } from '@/lib/i18n/navigation';
import { signIn, signOut } from './index';

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '';
  return /^\/staff(\/|$|\?)/.test(next) ? next : '/staff';
}

export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations('login');
  const username = String(formData.get('username') ?? '').trim();
  if (!(await originMatches())) return { ok: false, message: t('origin') };
  if (!username || !formData.get('password')) {
    return { ok: false, message: t('missing'), values: { username } };
  }
  try {
    await signIn('credentials', {
      username,
      password: String(formData.get('password')),
      redirectTo: getPathname({ href: safeNext(formData.get('next')), locale: await getLocale() }),
    });
    return { ok: true };
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (!(error instanceof AuthError)) throw error;
    const limited = error instanceof CredentialsSignin && error.code === 'rate_limited';
    return { ok: false, message: t(limited ? 'rateLimited' : 'failed'), values: { username } };
  }
}

export async function signOutAction() {
  if (!(await originMatches())) return;
  await signOut({ redirectTo: getPathname({ href: { pathname: '/login', query: { signedOut: '1' } }, locale: await getLocale() }) });
}
