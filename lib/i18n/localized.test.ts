import { describe, expect, it } from 'vitest';
import { localized, localizedText } from './localized';

describe('localized', () => {
  it('shows the English name on English pages when staff gave one', () => {
    expect(localized('春晖街道', 'Chunhui Street', 'en')).toEqual({ text: 'Chunhui Street', lang: 'en', translated: true });
  });

  it('shows the Chinese, flagged as untranslated, on English pages without one (blank counts as none)', () => {
    expect(localized('春晖街道', null, 'en')).toEqual({ text: '春晖街道', lang: 'zh-CN', translated: false });
    expect(localized('春晖街道', '  ', 'en').translated).toBe(false);
  });

  it('always shows the Chinese on Chinese pages', () => {
    expect(localized('春晖街道', 'Chunhui Street', 'zh-CN')).toEqual({ text: '春晖街道', lang: 'zh-CN', translated: true });
    expect(localizedText('春晖街道', 'Chunhui Street', 'zh-CN')).toBe('春晖街道');
  });
});
