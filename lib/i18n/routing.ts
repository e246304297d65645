import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/**
 * The language is in the URL: Chinese at the permanent addresses (/selections/2025), English under
 * /en. The address alone decides it — no Accept-Language guess and no cookie — so every page is the
 * same for everyone who opens the same URL and can be served from Next's cache.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});
