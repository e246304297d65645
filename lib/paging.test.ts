import { describe, expect, it } from 'vitest';
import { MAX_PAGE, safePage } from './paging';

describe('safePage', () => {
  it('keeps an ordinary page', () => {
    expect(safePage(3)).toBe(3);
  });

  it('turns a missing, negative, zero or non-number page into the first', () => {
    for (const page of [undefined, -1, 0, NaN, -Infinity]) expect(safePage(page)).toBe(1);
  });

  it('rounds a fraction down and caps a huge page, so the offset stays an integer SQLite accepts', () => {
    expect(safePage(1.5)).toBe(1);
    expect(safePage(Number('99999999999999999999'))).toBe(MAX_PAGE);
    expect(safePage(Infinity)).toBe(MAX_PAGE);
    expect(Number.isSafeInteger((safePage(1e20) - 1) * 500)).toBe(true);
  });
});
