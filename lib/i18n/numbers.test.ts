import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { numberFormats } from './numbers';

const f = (locale: string) => numberFormats(createFormatter({ locale, timeZone: 'Asia/Shanghai' }));

describe('numberFormats', () => {
  it('follows the page language', () => {
    expect(f('zh-CN').count(173206)).toBe('173,206');
    expect(f('en').percent(0.4872)).toBe('48.7%');
    expect(f('de').fixed(71.3)).toBe('71,30');
    expect(f('en').margin(3.14)).toBe('±3.1');
  });

  it('shows a dash for a missing value', () => {
    const n = f('en');
    expect([n.count(null), n.fixed(undefined), n.percent(null), n.margin(null)]).toEqual(['—', '—', '—', '—']);
  });
});
