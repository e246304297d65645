import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import { areaCatalogs } from './messages/areas';
import { catalogs } from './catalogs';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogs', () => {
  it('has every key in both languages', () => {
    expect(keys(catalogs.en).sort()).toEqual(keys(catalogs['zh-CN']).sort());
  });

  it('never lets an area file redefine a namespace another file owns', () => {
    for (const [locale, base] of [
      ['zh-CN', zhCN],
      ['en', en],
    ] as const) {
      const namespaces = [...Object.keys(base), ...areaCatalogs.flatMap((area) => Object.keys(area[locale]))];
      expect(namespaces.length, locale).toBe(new Set(namespaces).size);
    }
  });

  it('has no empty message', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const empty = keys(catalogs[locale]).filter(
        (k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalogs[locale]) === '',
      );
      expect(empty, locale).toEqual([]);
    }
  });
});
