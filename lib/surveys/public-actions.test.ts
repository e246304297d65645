import { describe, expect, it } from 'vitest';
import { runAction } from '@/lib/action/core';
import { memoryJar, requestFacts } from '@/tests/unit/fixtures';
import { generateCode } from './codes';
import { commands } from './public-commands';

// One resident's address, with one browser's cookies.
const resident = () => requestFacts(null, { client: { address: '203.0.113.9', key: '203.0.113.9', kiosk: null }, jar: memoryJar() });

describe('survey code guessing', () => {
  it('counts wrong codes at the code step; after 20 the address is refused, even before its code is looked up', async () => {
    const facts = resident();
    const messages: string[] = [];
    for (let i = 0; i < 25; i++) {
      const result = await runAction(commands.openQuestionnaire, facts, { code: generateCode() });
      messages.push(result.ok ? 'ok' : result.message);
    }
    expect(messages.slice(0, 20).every((m) => m === 'survey.refusals.unknown')).toBe(true);
    expect(messages.slice(20)).toEqual(Array(5).fill('survey.refusals.rateLimited'));
  });

  it('the answer step takes its code only from the sealed cookie of step 1: a code sent with the answers is not looked at', async () => {
    const answers = { code: generateCode(), q_service: '5', q_response: '5', q_environment: '5', q_safety: '5', q_openness: '5' };
    expect(await runAction(commands.submitQuestionnaire, requestFacts(null), answers)).toEqual({
      ok: false,
      message: 'survey.refusals.expired',
    });
  });
});
