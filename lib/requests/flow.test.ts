// The request ledger through its commands and the resident's moves: deadlines with a controlled clock,
// confirm and reopen with the key, scope refusals for unit staff, events and audit rows together.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, writeTx } from '@/db';
import { auditLog, officials, requestCategories, requestEvents, requests } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { ensureCategories } from './categories';
import { commands } from './commands';
import { fileRequest, LedgerError, residentMove } from './ledger';
import { requestMetrics } from './metrics';

const clockFile = path.join(os.tmpdir(), `minping-clock-${process.pid}-${Math.random()}`);
const setClock = (iso: string) => fs.writeFileSync(clockFile, new Date(`${iso}+08:00`).toISOString());
const at = (iso: string) => new Date(`${iso}+08:00`);

let communityA: number;
let communityB: number;
let streetA: number;
let officialA: number;
let officialB: number;
let sanitation: number;

beforeAll(async () => {
  process.env.MINPING_TEST_CLOCK_FILE = clockFile;
  await seedDistrict();
  ensureCategories(db());
  const [s0, s1] = streets();
  streetA = s0!.id;
  communityA = communitiesOf(s0!.id)[0]!.id;
  communityB = communitiesOf(s1!.id)[0]!.id;
  officialA = db().select().from(officials).where(eq(officials.unitId, communityA)).get()!.id;
  officialB = db().select().from(officials).where(eq(officials.unitId, communityB)).get()!.id;
  sanitation = db().select().from(requestCategories).where(eq(requestCategories.code, 'sanitation')).get()!.id;
});
afterAll(() => {
  delete process.env.MINPING_TEST_CLOCK_FILE;
  fs.rmSync(clockFile, { force: true });
});

const file = (communityId: number, when: string) =>
  writeTx((tx) =>
    fileRequest(
      tx,
      {
        categoryId: sanitation,
        communityId,
        description: '楼道垃圾三天没人清运',
        contactName: '王先生',
        contactPhone: '13800000000',
        channel: 'online',
      },
      at(when),
    ),
  );
const run = <K extends keyof typeof commands>(name: K, actor: ReturnType<typeof makeActor>, input: Record<string, unknown>) =>
  runAction(commands[name] as never, requestFacts(actor), input);
const row = (id: number) => db().select().from(requests).where(eq(requests.id, id)).get()!;

describe('filing', () => {
  it('numbers requests per district year and sets deadlines from the category in working days', () => {
    const first = file(communityA, '2026-03-06T16:00:00');
    const second = file(communityA, '2026-03-06T16:05:00');
    expect(first.number).toMatch(/^2026-\d{6}$/);
    expect(Number(second.number.slice(5))).toBe(Number(first.number.slice(5)) + 1);
    expect(first.key).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    const r = row(first.id);
    // Friday afternoon: respond by the end of Monday, resolve (5 working days) by the end of next Friday.
    expect(r.respondBy).toEqual(at('2026-03-10T00:00:00'));
    expect(r.resolveBy).toEqual(at('2026-03-14T00:00:00'));
    expect(r.confirmKeyHash).not.toContain(first.key);
    expect(r.status).toBe('received');
  });

  it('refuses an unknown category or a unit that is not a community', () => {
    expect(() =>
      writeTx((tx) => fileRequest(tx, { categoryId: 9999, communityId: communityA, description: 'xxxxx', channel: 'api' }, new Date())),
    ).toThrow(LedgerError);
    expect(() =>
      writeTx((tx) => fileRequest(tx, { categoryId: sanitation, communityId: streetA, description: 'xxxxx', channel: 'api' }, new Date())),
    ).toThrow(LedgerError);
  });
});

describe('the flow, with the clock under test control', () => {
  it('assign → start → resolve → the resident confirms; responded and resolved times come from the clock', async () => {
    const filed = file(communityA, '2026-03-02T09:00:00');
    const staffA = makeActor('unit_staff', streetA);
    setClock('2026-03-02T15:00:00');
    expect(await run('assignRequest', staffA, { id: filed.id, officialId: officialA, note: '已转社区' })).toMatchObject({ ok: true });
    setClock('2026-03-03T10:00:00');
    expect(await run('startRequest', staffA, { id: filed.id })).toMatchObject({ ok: true });
    setClock('2026-03-05T10:00:00');
    expect(await run('resolveRequest', staffA, { id: filed.id, resolution: '已安排保洁清运，并增加清运频次' })).toMatchObject({ ok: true });
    const resolved = row(filed.id);
    expect(resolved).toMatchObject({ status: 'resolved', assignedOfficialId: officialA, assignedUnitId: communityA });
    expect(resolved.respondedAt).toEqual(at('2026-03-02T15:00:00'));
    expect(resolved.resolvedAt).toEqual(at('2026-03-05T10:00:00'));

    expect(() =>
      writeTx((tx) => residentMove(tx, { move: 'confirm', number: filed.number, key: 'AAAAAAAAAA', satisfaction: 5 }, new Date())),
    ).toThrow('wrongKey');
    writeTx((tx) =>
      residentMove(
        tx,
        { move: 'confirm', number: filed.number, key: filed.key.toLowerCase(), satisfaction: 4, comment: '谢谢' },
        at('2026-03-06T09:00:00'),
      ),
    );
    expect(row(filed.id)).toMatchObject({ status: 'confirmed', satisfaction: 4, reopenCount: 0 });
    // Confirmed is final: no second answer.
    expect(() => writeTx((tx) => residentMove(tx, { move: 'reopen', number: filed.number, key: filed.key }, new Date()))).toThrow(
      'badMove',
    );

    const events = db().select().from(requestEvents).where(eq(requestEvents.requestId, filed.id)).all();
    expect(events.map((e) => [e.status, e.internal])).toEqual([
      ['received', false],
      ['assigned', false],
      ['in_progress', false],
      ['resolved', false],
      ['confirmed', false],
      ['confirmed', true],
    ]);
    const audits = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'request'), eq(auditLog.entityId, String(filed.id))))
      .all();
    expect(audits.map((a) => a.action)).toEqual(['requests.assign', 'requests.start', 'requests.resolve']);
  });

  it('reopening clears the resolution time and counts; the late re-resolution is not on time', async () => {
    const filed = file(communityA, '2026-04-01T09:00:00');
    const organizer = makeActor('organizer');
    setClock('2026-04-01T10:00:00');
    await run('assignRequest', organizer, { id: filed.id, unitId: communityA });
    setClock('2026-04-03T10:00:00');
    await run('resolveRequest', organizer, { id: filed.id, resolution: '已清理' });
    writeTx((tx) =>
      residentMove(tx, { move: 'reopen', number: filed.number, key: filed.key, comment: '又堆满了' }, at('2026-04-04T09:00:00')),
    );
    expect(row(filed.id)).toMatchObject({ status: 'reopened', resolvedAt: null, reopenCount: 1, satisfaction: null });
    // Respond-by is long past, but a reopened request has been responded to: late only if past resolve-by.
    setClock('2026-04-20T10:00:00');
    expect(await run('resolveRequest', organizer, { id: filed.id, resolution: '安装了封闭式垃圾箱' })).toMatchObject({ ok: true });
    writeTx((tx) =>
      residentMove(tx, { move: 'confirm', number: filed.number, key: filed.key, satisfaction: 3 }, at('2026-04-21T09:00:00')),
    );
    const m = requestMetrics(db(), 'unit', { from: '2026-04-01', to: '2026-04-01' }).get(communityA)!;
    expect(m).toMatchObject({ received: 1, handled: 1, onTime: 0, avgSatisfaction: 3, reopened: 1, reopenRate: 1 });
  });

  it('refuses moves out of order, with nothing written', async () => {
    const filed = file(communityA, '2026-05-04T09:00:00');
    const organizer = makeActor('organizer');
    const events = () =>
      db()
        .select({ n: sql<number>`count(*)` })
        .from(requestEvents)
        .where(eq(requestEvents.requestId, filed.id))
        .get()!.n;
    expect(await run('resolveRequest', organizer, { id: filed.id, resolution: '已处理' })).toMatchObject({
      ok: false,
      message: 'requests.errors.badMove',
    });
    expect(() =>
      writeTx((tx) => residentMove(tx, { move: 'confirm', number: filed.number, key: filed.key, satisfaction: 5 }, new Date())),
    ).toThrow('badMove');
    expect(events()).toBe(1);
    expect(row(filed.id).status).toBe('received');
  });
});

describe('scope', () => {
  it('unit staff cannot touch another street’s request, nor hand their own to another street’s official', async () => {
    const foreign = file(communityB, '2026-06-01T09:00:00');
    const own = file(communityA, '2026-06-01T09:00:00');
    const staffA = makeActor('unit_staff', streetA);
    for (const [name, input] of [
      ['assignRequest', { id: foreign.id, officialId: officialA }],
      ['startRequest', { id: foreign.id }],
      ['resolveRequest', { id: foreign.id, resolution: '已处理' }],
      ['noteRequest', { id: foreign.id, note: '看一看' }],
      ['assignRequest', { id: own.id, officialId: officialB }],
    ] as const) {
      expect(await run(name, staffA, input)).toMatchObject({ ok: false, message: 'errors.outOfScope' });
    }
    expect(row(foreign.id)).toMatchObject({ status: 'received', assignedOfficialId: null });
    expect(row(own.id)).toMatchObject({ status: 'received', assignedOfficialId: null });
  });

  it('a request handed to a unit of theirs is theirs to work on, though filed elsewhere', async () => {
    const filed = file(communityB, '2026-06-02T09:00:00');
    await run('assignRequest', makeActor('organizer'), { id: filed.id, unitId: streetA });
    expect(await run('startRequest', makeActor('unit_staff', streetA), { id: filed.id })).toMatchObject({ ok: true });
  });
});
