import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, toLocale } from './locales';
import { catalogs } from './catalogs';

// No locale in the URL: permanent links stay the same in both languages; the choice lives in a cookie.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: catalogs[locale], timeZone: 'Asia/Shanghai' };
});
