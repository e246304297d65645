import type { Locale } from '../../locales';
import assessmentZh from './assessment.zh-CN.json';
import assessmentEn from './assessment.en.json';

/**
 * One entry per feature area: `{ 'zh-CN': …, en: … }`, each file holding whole top-level namespaces
 * that no other file uses. Add an import and an entry here when an area gets its own strings.
 */
export const areaCatalogs: Record<Locale, Record<string, unknown>>[] = [{ 'zh-CN': assessmentZh, en: assessmentEn }];
