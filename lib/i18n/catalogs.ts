import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import { areaCatalogs } from './messages/areas';
import type { Locale } from './locales';

type Catalog = Record<string, unknown>;

/**
 * The base catalog plus one file pair per feature area (messages/areas/<area>.<locale>.json), so each
 * area's strings live beside each other and areas never edit the same file.
 */
function merge(base: Catalog, locale: Locale): Catalog {
  return Object.assign({}, base, ...areaCatalogs.map((area) => area[locale]));
}

export const catalogs: Record<Locale, Catalog> = { 'zh-CN': merge(zhCN, 'zh-CN'), en: merge(en, 'en') };
