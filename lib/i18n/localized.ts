import type { Locale } from './locales';

export type LocalizedText = { text: string; lang: Locale; translated: boolean };

/**
 * What staff typed, in the page's language where they gave one: on an English page the English name
 * when there is one, else the Chinese, flagged so the page can mark it (lang="zh-CN" and a visible
 * "in Chinese"). Chinese pages always show the Chinese, which is the record.
 */
export function localized(zh: string, en: string | null | undefined, locale: string): LocalizedText {
  const english = en?.trim();
  if (locale === 'en' && english) return { text: english, lang: 'en', translated: true };
  return { text: zh, lang: 'zh-CN', translated: locale !== 'en' };
}

/** Plain text for places that cannot carry markup (a page title, an option of a select, a chart label). */
export function localizedText(zh: string, en: string | null | undefined, locale: string): string {
  return localized(zh, en, locale).text;
}
