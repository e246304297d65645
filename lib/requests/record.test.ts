// Staff record a request taken by phone or at the counter: filed like a resident's, in scope only.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, writeTx } from '@/db';
import { auditLog, requestEvents, requests } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { ensureCategories } from './categories';
import { commands } from './commands';
import { residentMove } from './ledger';

let own: number;
let foreign: number;
let streetId: number;
const count = () =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(requests)
    .get()!.n;

beforeAll(async () => {
  await seedDistrict();
  ensureCategories(db());
  const [s0, s1] = streets();
  streetId = s0!.id;
  own = communitiesOf(s0!.id)[0]!.id;
  foreign = communitiesOf(s1!.id)[0]!.id;
});

const record = (actor: ReturnType<typeof makeActor>, input: Record<string, unknown>) =>
  runAction(commands.recordRequest, requestFacts(actor), input);

describe('recording a request by hand', () => {
  it('files it with channel staff and hands back a number and a key that work for the resident', async () => {
    const actor = makeActor('unit_staff', streetId);
    const result = await record(actor, {
      communityId: String(own),
      category: 'sanitation',
      description: '来电：5号楼下水道堵了',
      contactName: '赵阿姨',
      contactPhone: '022-2345 6789',
    });
    expect(result.ok).toBe(true);
    const { number, key } = (result as { data: { number: string; key: string } }).data;
    const row = db().select().from(requests).where(eq(requests.number, number)).get()!;
    expect(row).toMatchObject({
      channel: 'staff',
      communityId: own,
      status: 'received',
      contactName: '赵阿姨',
      contactPhone: '022-2345 6789',
    });
    const first = db().select().from(requestEvents).where(eq(requestEvents.requestId, row.id)).get()!;
    expect(first).toMatchObject({ status: 'received', actorId: actor.id });
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'requests.record'), eq(auditLog.entityId, String(row.id))))
      .get()!;
    expect(JSON.stringify(audit)).not.toContain('赵阿姨');
    expect(JSON.stringify(audit)).not.toContain(key);
    // The key proves the holder: the resident can later reopen with it.
    writeTx((tx) => tx.update(requests).set({ status: 'resolved', resolvedAt: now() }).where(eq(requests.id, row.id)).run());
    expect(writeTx((tx) => residentMove(tx, { move: 'reopen', number, key }, now())).status).toBe('reopened');
  });

  it('refuses a community outside the recorder’s scope, an unknown category and a blank description, writing nothing', async () => {
    const actor = makeActor('unit_staff', streetId);
    const before = count();
    expect(await record(actor, { communityId: foreign, category: 'sanitation', description: '别的街道的事情' })).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(await record(actor, { communityId: own, category: 'nope', description: '类别不对的诉求' })).toMatchObject({
      ok: false,
      fieldErrors: { category: ['field.invalid'] },
    });
    expect(await record(actor, { communityId: streetId, category: 'sanitation', description: '街道不是社区' })).toMatchObject({
      ok: false,
      fieldErrors: { communityId: ['field.invalid'] },
    });
    const blank = await record(actor, { communityId: own, category: 'sanitation', description: '  ', contactPhone: 'abc' });
    expect(blank).toMatchObject({ ok: false, message: 'errors.invalid' });
    expect(Object.keys((blank as { fieldErrors: object }).fieldErrors).sort()).toEqual(['contactPhone', 'description']);
    expect(count()).toBe(before);
  });

  it('an organizer records for any community of the district', async () => {
    const result = await record(makeActor('organizer'), { communityId: foreign, category: 'roads', description: '来访：路口井盖松动' });
    expect(result.ok).toBe(true);
  });
});
