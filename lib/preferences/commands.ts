import { z } from 'zod';
import { definePublicCommand } from '@/lib/action/core';
import { ELDER_COOKIE, LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';

const YEAR = 60 * 60 * 24 * 365;

async function remember(name: string, value: string) {
  const { cookies } = await import('next/headers');
  (await cookies()).set(name, value, { maxAge: YEAR, path: '/', sameSite: 'lax', httpOnly: true });
}

export const commands = {
  setLocale: definePublicCommand({
    name: 'preferences.locale',
    scope: 'none',
    schema: z.object({
      locale: z
        .string()
        .catch('')
        .transform((l) => toLocale(l)),
    }),
    run: ({ locale }) => remember(LOCALE_COOKIE, locale),
  }),
  setElderMode: definePublicCommand({
    name: 'preferences.elderMode',
    scope: 'none',
    schema: z.object({
      elder: z
        .string()
        .catch('')
        .transform((e) => (e === '1' ? '1' : '0')),
    }),
    run: ({ elder }) => remember(ELDER_COOKIE, elder),
  }),
};
