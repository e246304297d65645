import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed-cookie';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('sealed cookies', () => {
  it('give back what was sealed with the same secret', () => {
    const value = { year: 2026, code: 'ABCDEFGHJKLM', choices: [3, 5] };
    expect(unseal(seal(value, secret), secret)).toEqual(value);
  });

  it('refuse a hand-made, altered, foreign or malformed cookie', () => {
    const sealed = seal({ year: 2026, code: 'ABCDEFGHJKLM', choices: [] }, secret);
    const [body, tag] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ year: 2026, code: 'ZZZZZZZZZZZZ', choices: [] })).toString('base64url');
    for (const raw of [
      JSON.stringify({ year: 2026, code: 'ZZZZZZZZZZZZ', choices: [] }),
      `${forged}.${tag}`,
      `${body}.${tag!.slice(0, -1)}A`,
      seal({ year: 2026 }, `${secret}-other`),
      '',
      '.',
      'not base64.x',
      undefined,
    ])
      expect(unseal(raw, secret), String(raw)).toBeNull();
  });
});
