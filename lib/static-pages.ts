import { locales } from '@/lib/i18n/locales';
import { displays } from '@/lib/preferences/display';

/**
 * A public page that is the same for every visitor exports one of these as its
 * generateStaticParams, so Next renders it once per language and display and serves it from its
 * cache until lib/revalidate.ts marks it stale. Pages without one render per request (personal
 * pages: a ballot, a receipt, staff pages).
 */

/** Rendered on its first request, per address; nothing read from the database at build time. */
export function onFirstRequest(): never[] {
  return [];
}

/** Pages that read no data: rendered at build time in every language and display. */
export function atBuild(): { locale: string; display: string }[] {
  return locales.flatMap((locale) => displays.map((display) => ({ locale, display })));
}
