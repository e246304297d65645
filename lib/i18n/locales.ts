export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export function toLocale(value: string | undefined | null): Locale {
  return locales.find((l) => l === value) ?? defaultLocale;
}
