import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import type { Locale } from './locales';

export const catalogs: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };
