import { describe, expect, it } from 'vitest';
import { internalPath, localizedPath, pagePath, splitLocale } from './paths';

describe('public addresses and internal routes', () => {
  it('maps a page to its internal route per language and display', () => {
    expect(internalPath('zh-CN', 'standard', '/')).toBe('/zh-CN/standard');
    expect(internalPath('en', 'elder', '/selections/2025')).toBe('/en/elder/selections/2025');
  });

  it('writes addresses as next-intl does: Chinese unprefixed, English under /en', () => {
    expect(localizedPath('zh-CN', '/login')).toBe('/login');
    expect(localizedPath('en', '/login')).toBe('/en/login');
    expect(localizedPath('en', '/')).toBe('/en');
  });

  it('splits only the language off an address', () => {
    expect(splitLocale('/about')).toEqual({ locale: 'zh-CN', path: '/about' });
    expect(splitLocale('/en/about')).toEqual({ locale: 'en', path: '/about' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/en/elder/about')).toEqual({ locale: 'en', path: '/elder/about' });
    expect(splitLocale('/english')).toEqual({ locale: 'zh-CN', path: '/english' });
  });

  it('recovers the page from an address or an internal route alike', () => {
    const cases: [string, string][] = [
      ['/about', '/about'],
      ['/en/about', '/about'],
      ['/zh-CN/standard/about', '/about'],
      ['/en/elder/selections/2025', '/selections/2025'],
      ['/zh-CN/elder', '/'],
      ['/en', '/'],
      ['/', '/'],
      // Without a language first, "standard" is just a (missing) page, never a display variant.
      ['/standard/about', '/standard/about'],
    ];
    for (const [given, page] of cases) expect(pagePath(given).path, given).toBe(page);
    expect(pagePath('/en/elder/about').locale).toBe('en');
  });
});
