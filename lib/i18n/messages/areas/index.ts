import type { Locale } from '../../locales';
import surveysEn from './surveys.en.json';
import surveysZh from './surveys.zh-CN.json';

/**
 * One entry per feature area: `{ 'zh-CN': …, en: … }`, each file holding whole top-level namespaces
 * that no other file uses. Add an import and an entry here when an area gets its own strings.
 */
export const areaCatalogs: Record<Locale, Record<string, unknown>>[] = [{ 'zh-CN': surveysZh, en: surveysEn }];
