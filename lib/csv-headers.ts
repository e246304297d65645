import { catalogs } from '@/lib/i18n/catalogs';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The header row of an open-data CSV. The API's documented field names by default (scripts depend on
 * them); a download offered on a page asks with `?lang=<page language>` and gets column names a reader
 * of that language understands, in the same order. A field without a label keeps its field name.
 */
export function csvHeader(fields: readonly string[], lang: string | null): string[] {
  const locale = locales.find((l) => l === lang);
  if (!locale) return [...fields];
  const labels = columnLabels(locale);
  return fields.map((f) => labels[f] ?? f);
}

export function columnLabels(locale: Locale): Record<string, string> {
  return (catalogs[locale].csvColumns ?? {}) as Record<string, string>;
}

/** The query a page adds to a CSV link so the file speaks the page's language. */
export const csvQuery = (locale: string) => `format=csv&lang=${encodeURIComponent(locale)}`;
