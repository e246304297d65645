import { describe, expect, it } from 'vitest';
import { normalizeCode } from '@/lib/selection/codes';
import { normalizeKey } from '@/lib/requests/keys';
import { normalizeTrackingNumber, wholeNumber } from './typed';

describe('codes, keys and numbers as people type them', () => {
  it('a ballot code with or without dashes, spaces, dots, in any case or width', () => {
    for (const typed of [
      'ABCD-EFGH-JKLM',
      'abcdefghjklm',
      ' abcd efgh jklm ',
      'ABCD–EFGH—JKLM',
      'ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ',
      'abcd.efgh.jklm',
      'abcd_efgh_jklm',
    ])
      expect(normalizeCode(typed), typed).toBe('ABCDEFGHJKLM');
    expect(normalizeCode('ABCD-EFGH-JKL')).toBeNull();
    expect(normalizeCode('ABCD-EFGH-JKL0')).toBeNull();
  });
  it('a request key the same way', () => {
    expect(normalizeKey('abcde fghjk')).toBe('ABCDEFGHJK');
    expect(normalizeKey('ＡＢＣＤＥ-ＦＧＨＪＫ')).toBe('ABCDEFGHJK');
  });
  it('a tracking number with or without its dash, with spaces, short or in full width', () => {
    for (const typed of ['2026-000123', '2026000123', '2026 000123', ' 2026-123 ', '２０２６－０００１２３', '2026—000123', '2026/123'])
      expect(normalizeTrackingNumber(typed), typed).toBe('2026-000123');
    expect(normalizeTrackingNumber('26-123')).toBeNull();
    expect(normalizeTrackingNumber('2026-1234567')).toBeNull();
    expect(normalizeTrackingNumber('abc')).toBeNull();
  });
  it('a whole number with thousands separators or full-width digits', () => {
    const count = wholeNumber(1, 100_000);
    for (const typed of ['1000', '1,000', '1 000', '１０００', '1，000']) expect(count.parse(typed), typed).toBe(1000);
    expect(count.safeParse('1.5').success).toBe(false);
    expect(count.safeParse('0').success).toBe(false);
    expect(count.safeParse('100,001').error?.issues[0]?.message).toBe('field.tooBig');
    expect(count.safeParse('abc').error?.issues[0]?.message).toBe('field.number');
  });
});
