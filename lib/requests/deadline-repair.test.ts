import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, requestCategories, requests, units } from '@/db/schema';
import { seedDistrict } from '@/tests/unit/fixtures';
import { recomputeDeadlines } from './deadline-repair';

const at = (iso: string) => new Date(`${iso}+08:00`);

describe('recomputing stored deadlines with the official calendar', () => {
  it('moves a deadline computed without 2026’s holidays, leaves correct ones, and is audited', async () => {
    await seedDistrict();
    const community = db().select().from(units).where(eq(units.kind, 'community')).get()!;
    const category = db()
      .insert(requestCategories)
      .values({ code: 'lift', nameZh: '电梯', nameEn: 'Lift', respondDays: 1, resolveDays: 3 })
      .returning()
      .get();
    const base = { categoryId: category.id, communityId: community.id, description: '电梯坏了', channel: 'online' as const };
    // Filed Thursday 30 April 2026: the old list knew 1 May only, so it counted 4 and 5 May as working days.
    const stale = db()
      .insert(requests)
      .values({
        ...base,
        number: '2026-900001',
        createdAt: at('2026-04-30T10:00:00'),
        respondBy: at('2026-05-05T00:00:00'),
        resolveBy: at('2026-05-07T00:00:00'),
      })
      .returning()
      .get();
    const fine = db()
      .insert(requests)
      .values({
        ...base,
        number: '2026-900002',
        createdAt: at('2026-03-02T10:00:00'),
        respondBy: at('2026-03-04T00:00:00'),
        resolveBy: at('2026-03-06T00:00:00'),
      })
      .returning()
      .get();
    expect(recomputeDeadlines(db(), { id: null, username: 'cli' })).toEqual({ checked: 2, changed: 1 });
    const row = (id: number) => db().select().from(requests).where(eq(requests.id, id)).get()!;
    // 6 May is the first working day after the holiday; 3 working days: 6, 7, 8 May.
    expect(row(stale.id)).toMatchObject({ respondBy: at('2026-05-07T00:00:00'), resolveBy: at('2026-05-09T00:00:00') });
    expect(row(fine.id)).toMatchObject({ respondBy: at('2026-03-04T00:00:00'), resolveBy: at('2026-03-06T00:00:00') });
    expect(db().select().from(auditLog).where(eq(auditLog.action, 'requests.recomputeDeadlines')).get()).toMatchObject({
      actorName: 'system',
      after: { checked: 2, changed: 1 },
    });
    expect(recomputeDeadlines(db(), { id: null, username: 'cli' }).changed).toBe(0);
  });
});
