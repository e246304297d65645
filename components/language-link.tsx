'use client';
import { usePathname } from 'next/navigation';
import { getPathname } from '@/lib/i18n/navigation';
import { pagePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The same page in the other language. A plain link (no JavaScript needed, no cookie): the address
 * is the language. Rendered into cached pages, where the server knows only the internal route, so
 * the page is recovered from either form of the path.
 */
export function LanguageLink({ to, label, text }: { to: Locale; label: string; text: string }) {
  const href = getPathname({ href: pagePath(usePathname()).path, locale: to });
  return (
    <a href={href} hrefLang={to} lang={to} className="btn-secondary" aria-label={label}>
      {text}
    </a>
  );
}
