import { getRequestConfig } from 'next-intl/server';
import { catalogs } from './catalogs';
import { toLocale } from './locales';
import { DISTRICT_TIME_ZONE } from '../district-time';

/**
 * Pages take the language from their route (app/[locale]/…), which keeps them static. Server actions
 * and route handlers have no route parameters; they read the language the proxy resolved from the
 * address (next-intl's request header), or fall back to Chinese.
 */
async function fromRoute(): Promise<string | undefined> {
  try {
    // Imported here, not at the top: route handlers share this file, and next/root-params has no
    // exports there (it throws in server actions).
    const { locale } = await import('next/root-params');
    return await locale();
  } catch {
    return undefined;
  }
}

// `requestLocale` is a getter that reads the request headers, which would make every page dynamic:
// it is touched only when the route has no language.
export default getRequestConfig(async (params) => {
  const locale = toLocale(params.locale ?? (await fromRoute()) ?? (await params.requestLocale));
  return { locale, messages: catalogs[locale], timeZone: DISTRICT_TIME_ZONE };
});
