'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { originMatches } from '@/lib/action';
import { ELDER_COOKIE, LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';

const YEAR = 60 * 60 * 24 * 365;

/** Back to the page the form was on, and only ever to a page of this site: never an open redirect. */
async function back(): Promise<string> {
  const h = await headers();
  try {
    const referer = new URL(h.get('referer') ?? '');
    if (referer.host === (h.get('x-forwarded-host') ?? h.get('host'))) return referer.pathname + referer.search;
  } catch {
    /* no or bad referer */
  }
  return '/';
}

async function remember(name: string, value: string) {
  (await cookies()).set(name, value, { maxAge: YEAR, path: '/', sameSite: 'lax', httpOnly: true });
}

export async function setLocale(formData: FormData) {
  if (await originMatches()) await remember(LOCALE_COOKIE, toLocale(String(formData.get('locale'))));
  redirect(await back());
}

export async function setElderMode(formData: FormData) {
  if (await originMatches()) await remember(ELDER_COOKIE, formData.get('elder') === '1' ? '1' : '0');
  redirect(await back());
}
