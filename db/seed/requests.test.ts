import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { nightTalks, requestEvents, requests } from '@/db/schema';
import { overdueWhere } from '@/lib/requests/queries';
import { requestMetrics } from '@/lib/requests/metrics';
import { seedDistrict } from '@/tests/unit/fixtures';
import { seedRequests } from './requests';

const at = new Date('2026-11-27T10:00:00+08:00');

beforeAll(async () => {
  await seedDistrict();
  seedRequests(db(), at);
});

const count = (where?: ReturnType<typeof sql>) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(requests)
    .where(where)
    .get()!.n;

describe('demo requests and night talks', () => {
  it('spans a year of night talks, some with requests heard', () => {
    const talks = db().select().from(nightTalks).all();
    expect(talks.length).toBeGreaterThan(500);
    const days = talks.map((t) => t.heldOn).sort();
    expect(days[0]! < '2026-01-01').toBe(true);
    expect(count(sql`${requests.channel} = 'night_talk'`)).toBeGreaterThan(200);
  });

  it('has confirmed, reopened, open and overdue requests', () => {
    expect(count(sql`${requests.status} = 'confirmed'`)).toBeGreaterThan(300);
    expect(count(sql`${requests.reopenCount} > 0`)).toBeGreaterThan(20);
    expect(count(sql`${requests.status} in ('received', 'assigned', 'in_progress', 'reopened')`)).toBeGreaterThan(10);
    expect(count(overdueWhere(at))).toBeGreaterThan(5);
  });

  it('keeps the conventions the metrics read: resolvedAt only when handled, satisfaction only when confirmed', () => {
    expect(count(sql`(${requests.resolvedAt} is not null) != (${requests.status} in ('resolved', 'confirmed'))`)).toBe(0);
    expect(count(sql`(${requests.satisfaction} is not null) != (${requests.status} = 'confirmed')`)).toBe(0);
    expect(count(sql`${requests.createdAt} > ${at.getTime()} or ${requests.resolvedAt} > ${at.getTime()}`)).toBe(0);
    const one = db().select().from(requests).where(eq(requests.status, 'confirmed')).get()!;
    const statuses = db()
      .select()
      .from(requestEvents)
      .where(eq(requestEvents.requestId, one.id))
      .all()
      .map((e) => e.status);
    expect(statuses[0]).toBe('received');
    expect(statuses.at(-1)).toBe('confirmed');
    const perOfficial = [...requestMetrics(db(), 'official', { from: '2025-11-01', to: '2026-11-30' }).values()];
    expect(perOfficial.length).toBeGreaterThan(100);
    expect(perOfficial.some((m) => m.onTimeRate !== null && m.onTimeRate < 1)).toBe(true);
  });
});
