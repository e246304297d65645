import type { Display } from '@/lib/preferences/display';
import { isDisplay } from '@/lib/preferences/display';
import { defaultLocale, locales, type Locale } from './locales';

/**
 * Pages live under app/[locale]/[display]/; readers see /about and /en/about. These map one to the
 * other: the proxy rewrites a public address to its internal route, and a component that only knows
 * the route it renders (a cached page knows no request) recovers the address a reader sees.
 */
export function internalPath(locale: Locale, display: Display, path: string): string {
  return `/${locale}/${display}${path === '/' ? '' : path}`;
}

/** The address of a page in a language, as next-intl's getPathname makes it (Chinese unprefixed). */
export function localizedPath(locale: Locale, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path === '/' ? '' : path}`;
}

/** "/en/about" → en and "/about"; an address without a language is Chinese. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const parts = pathname.split('/');
  const locale = locales.find((l) => l === parts[1]);
  if (locale) parts.splice(1, 1);
  return { locale: locale ?? defaultLocale, path: parts.join('/') || '/' };
}

/** The page an address or internal route shows, without language or display: "/en/elder/about" → "/about". */
export function pagePath(pathname: string): { locale: Locale; path: string } {
  const split = splitLocale(pathname);
  const parts = split.path.split('/');
  const internal = locales.some((l) => pathname.startsWith(`/${l}/`) || pathname === `/${l}`) && isDisplay(parts[1]);
  if (internal) parts.splice(1, 1);
  return { locale: split.locale, path: parts.join('/') || '/' };
}
