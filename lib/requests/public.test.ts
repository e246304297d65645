// What the public status page and GET /api/v1/requests/{number} show, and what residents' posts may do.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { requests } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { ensureCategories } from './categories';
import { commands } from './commands';
import { commands as publicCommands } from './public-commands';
import { getPublicRequest, publicJson } from './public';

// Residents' posts through the pipeline, from a given address.
const from = (ip: string) => requestFacts(null, { client: { address: ip, key: ip, kiosk: null } });
const intakeRequest = (input: Record<string, unknown>, _channel: 'online' | 'api', ip: string) =>
  runAction(publicCommands.fileRequestOverApi, from(ip), input);
const residentAnswer = (input: Record<string, unknown>, ip: string) => runAction(publicCommands.residentAnswer, from(ip), input);

let community: number;
beforeAll(async () => {
  await seedDistrict();
  ensureCategories(db());
  community = communitiesOf(streets()[0]!.id)[0]!.id;
});

const secrets = { contactName: '隐私张三', contactPhone: '13912345678', description: '我家住在幸福里7号楼302，楼道灯坏了' };

describe('public view of a request', () => {
  it('shows status, category, community, dates and public notes, never the description, contact, staff or internal notes', async () => {
    const filed = await intakeRequest({ category: 'property', community, ...secrets }, 'online', '10.0.0.1');
    if (!filed.ok || !filed.data) throw new Error(filed.ok ? 'no data' : filed.message);
    const id = db().select().from(requests).where(eq(requests.number, filed.data.number)).get()!.id;
    const organizer = makeActor('organizer');
    const run = (name: keyof typeof commands, input: Record<string, unknown>) =>
      runAction(commands[name] as never, requestFacts(organizer), input);
    await run('assignRequest', { id, unitId: community, note: '已转社区办理' });
    await run('noteRequest', { id, note: '内部：住户王某情绪激动' });
    await run('noteRequest', { id, note: '已联系物业', public: 'on' });
    await run('resolveRequest', { id, resolution: '已更换楼道灯' });
    const answered = await residentAnswer(
      { move: 'reopen', number: filed.data.number, key: filed.data.key, comment: '我是隐私张三，灯又坏了' },
      '10.0.0.1',
    );
    expect(answered).toMatchObject({ ok: true, data: { status: 'reopened' } });

    const shown = publicJson(getPublicRequest(filed.data.number)!);
    const text = JSON.stringify(shown);
    for (const hidden of [secrets.contactName, secrets.contactPhone, secrets.description, '内部', organizer.username, filed.data.key]) {
      expect(text).not.toContain(hidden);
    }
    expect(Object.keys(shown).sort()).toEqual(
      [
        'category',
        'channel',
        'community',
        'confirmedAt',
        'filedAt',
        'handledBy',
        'history',
        'number',
        'overdue',
        'reopenCount',
        'resolution',
        'resolveBy',
        'resolvedAt',
        'respondBy',
        'respondedAt',
        'satisfaction',
        'status',
        'street',
      ].sort(),
    );
    expect(shown.history.map((h) => [h.status, h.note])).toEqual([
      ['received', ''],
      ['assigned', '已转社区办理'],
      ['assigned', '已联系物业'],
      ['resolved', '已更换楼道灯'],
      ['reopened', ''],
    ]);
    expect(shown).toMatchObject({ status: 'reopened', reopenCount: 1, resolvedAt: null });
  });

  it('an unknown or malformed number is simply not found', () => {
    expect(getPublicRequest('2026-999999')).toBeUndefined();
    expect(getPublicRequest("2026-000001' or 1=1")).toBeUndefined();
  });
});

describe('residents’ posts', () => {
  it('refuses bad input with field errors and files nothing', async () => {
    const before = db().select().from(requests).all().length;
    const result = await intakeRequest({ category: 'nope', community: 'x', description: '短' }, 'api', '10.0.0.2');
    expect(result).toMatchObject({ ok: false, message: 'errors.invalid' });
    expect(result.ok ? {} : result.fieldErrors).toMatchObject({ community: expect.any(Array), description: ['field.tooShort'] });
    expect(await intakeRequest({ category: 'nope', community, description: '足够长的描述' }, 'api', '10.0.0.2')).toMatchObject({
      ok: false,
      fieldErrors: { category: ['field.invalid'] },
    });
    expect(db().select().from(requests).all().length).toBe(before);
  });

  it('limits filings per address and wrong keys per address', async () => {
    const ip = '10.0.0.3';
    const results = [];
    for (let i = 0; i < 21; i++)
      results.push(await intakeRequest({ category: 'other', community, description: `第${i}条测试诉求` }, 'api', ip));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ ok: false, message: 'errors.rateLimited' });

    const first = results[0]!;
    if (!first.ok || !first.data) throw new Error('not filed');
    const guesses = [];
    for (let i = 0; i < 11; i++)
      guesses.push(await residentAnswer({ move: 'reopen', number: first.data.number, key: 'ZZZZZZZZZZ' }, '10.0.0.4'));
    expect(guesses.slice(0, 10).every((g) => !g.ok && g.message === 'requests.errors.wrongKey')).toBe(true);
    // Even the right key is refused from that address now: the limit is on the address, not the guess.
    expect(await residentAnswer({ move: 'reopen', number: first.data.number, key: first.data.key }, '10.0.0.4')).toMatchObject({
      message: 'errors.rateLimited',
    });
  });
});
