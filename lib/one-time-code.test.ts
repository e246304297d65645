import { describe, expect, it } from 'vitest';
import { codeStep, cookieName, sealStep, unsealStep, type CookieJar } from './one-time-code';

process.env.AUTH_SECRET ??= 'a-test-secret-that-is-long-enough-0123456789';

function jar(): CookieJar & { values: Map<string, { value: string; options?: object }> } {
  const values = new Map<string, { value: string; options?: object }>();
  return {
    values,
    get: (name) => values.get(name),
    set: (name, value, options) => values.set(name, { value, options }),
    delete: ({ name }) => values.delete(name),
  };
}

describe('the one-time-code step', () => {
  it('carries what a step proved to the next, sealed: the cookie does not show the code', async () => {
    const cookies = jar();
    const step = codeStep('ballot', { jar: cookies, clientKey: 'test-a', secure: true });
    await step.remember({ year: 2026, code: 'ABCDEFGHJKLM', choices: [3] });
    const written = cookies.values.get(cookieName('ballot'))!;
    expect(written.value).not.toContain('ABCDEFGHJKLM');
    expect(written.options).toMatchObject({ httpOnly: true, sameSite: 'strict', secure: true, path: '/', maxAge: 1800 });
    expect(await step.recall()).toEqual({ year: 2026, code: 'ABCDEFGHJKLM', choices: [3] });
    await step.forget();
    expect(await step.recall()).toBeNull();
  });

  it('refuses a hand-made, altered, expired or other-kind cookie', async () => {
    const at = Date.parse('2026-11-10T02:00:00Z');
    const sealed = await sealStep('review', { code: 'ABCDEFGHJKLM' }, at);
    expect(await unsealStep('review', sealed, at + 60_000)).toEqual({ code: 'ABCDEFGHJKLM' });
    expect(await unsealStep('review', sealed, at + 31 * 60_000)).toBeNull();
    expect(await unsealStep('survey', sealed, at)).toBeNull();
    expect(await unsealStep('review', `${sealed.slice(0, -3)}abc`, at)).toBeNull();
    for (const raw of ['ABCDEFGHJKLM', JSON.stringify({ code: 'ABCDEFGHJKLM' }), '', 'Fe26.2*1*x', 'x'.repeat(5000), undefined])
      expect(await unsealStep('review', raw, at)).toBeNull();
  });

  it('counts wrong codes per client and kind; another client and another kind are untouched', async () => {
    const mine = codeStep('requestKey', { jar: jar(), clientKey: 'test-b', secure: false });
    for (let i = 0; i < 9; i++) await mine.failed();
    expect(await mine.blocked()).toBe(false);
    await mine.failed();
    expect(await mine.blocked()).toBe(true);
    expect(await codeStep('requestKey', { jar: jar(), clientKey: 'test-c', secure: false }).blocked()).toBe(false);
    expect(await codeStep('ballot', { jar: jar(), clientKey: 'test-b', secure: false }).blocked()).toBe(false);
  });
});
