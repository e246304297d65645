import { describe, expect, it, vi } from 'vitest';
import { generateCode } from './codes';
import { openQuestionnaire, submitQuestionnaire } from './public-actions';

// One resident's address, posting from the portal's own origin.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://portal.test', host: 'portal.test', 'x-forwarded-for': '203.0.113.9' }),
}));
// The real check (Origin against Host) lives beside next-auth, which vitest cannot load; same-origin here.
vi.mock('@/lib/action', () => ({ originMatches: async () => true }));
// Messages come back as their keys, so the test reads which refusal was given.
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('survey code guessing', () => {
  it('counts wrong codes sent straight to the answer step, so the rate limit cannot be walked around', async () => {
    const answers = { q_service: '5', q_response: '5', q_environment: '5', q_safety: '5', q_openness: '5' };
    const messages: string[] = [];
    for (let i = 0; i < 25; i++) {
      const result = await submitQuestionnaire(null, form({ code: generateCode(), ...answers }));
      messages.push(result.ok ? 'ok' : result.message!);
    }
    expect(messages.slice(0, 20).every((m) => m === 'unknown')).toBe(true);
    expect(messages.slice(20)).toEqual(Array(5).fill('rateLimited'));
    // The same address is now refused at the code step too.
    expect(await openQuestionnaire(null, form({ code: generateCode() }))).toMatchObject({ ok: false, message: 'rateLimited' });
  });
});
