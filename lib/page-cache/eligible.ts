import { splitLocale } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { ELDER_COOKIE } from '@/lib/preferences/display';

/** Marks the cache's own request for a fresh render, so the proxy lets it through to the page. */
export const PAGE_CACHE_HEADER = 'x-minping-cache';
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

const SELECTION_PAGE = /^(?:\/en)?\/selections\/(\d{4})$/;
// Client-side navigations and prefetches ask for the RSC payload, not the document: never cached.
// Next strips these headers (and the _rsc parameter) before the proxy sees a request, unless
// skipProxyUrlNormalize is set; they are checked in case it ever is.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

type Request = { method: string; nextUrl: URL; headers: Headers; cookies: { has(name: string): boolean } };

/**
 * The year of a plain page load of a selection's permanent URL that the page cache may answer, or
 * null: only a GET of the document, with no query, from a visitor who is not signed in (so that no
 * page made for one person can ever be kept), and not the cache's own fill request.
 *
 * As the router headers do not reach the proxy, the browser's own word is what tells a page load
 * from a client-side navigation: Sec-Fetch-Dest is "document" only for a page load. A client that
 * sends none (a script, a browser from before 2023) gets the page; were it Next's router, it would
 * fall back to a full page load on receiving HTML.
 */
export function cacheableYear(request: Request): number | null {
  const match = SELECTION_PAGE.exec(request.nextUrl.pathname);
  if (!match || request.method !== 'GET' || request.nextUrl.search) return null;
  const destination = request.headers.get('sec-fetch-dest');
  if (destination !== null && destination !== 'document') return null;
  if (ROUTER_HEADERS.some((h) => request.headers.has(h)) || request.headers.has(PAGE_CACHE_HEADER)) return null;
  if (SESSION_COOKIES.some((c) => request.cookies.has(c))) return null;
  return Number(match[1]);
}

export type Variant = { locale: Locale; elder: boolean };

/** The language (from the address) and elders'-mode variant (from the cookie, as the proxy reads it). */
export function variantOf(request: { nextUrl: URL; cookies: { get(name: string): { value: string } | undefined } }): Variant {
  return { locale: splitLocale(request.nextUrl.pathname).locale, elder: request.cookies.get(ELDER_COOKIE)?.value === '1' };
}
