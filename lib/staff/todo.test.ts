import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { nominations, officials, requests, selections, units } from '@/db/schema';
import { seedInspections } from '@/db/seed/inspections';
import { seedRequests } from '@/db/seed/requests';
import { makeActor, seedDistrict, streets } from '@/tests/unit/fixtures';
import { todosFor } from './todo';

const at = () => new Date();
beforeAll(async () => {
  await seedDistrict();
  seedRequests(db(), at());
  seedInspections(db(), at());
}, 120_000);

describe('staff home: what needs doing now, per role', () => {
  it('street staff see the overdue requests of their street, linking to the filtered list', () => {
    const street = streets()[0]!;
    const todo = todosFor(makeActor('unit_staff', street.id), at()).find((t) => t.key === 'overdueRequests');
    expect(todo?.href).toBe('/staff/requests?overdue=1');
    expect(todo!.count).toBeGreaterThan(0);
    const district = todosFor(makeActor('organizer'), at()).find((t) => t.key === 'overdueRequests')!;
    expect(district.count).toBeGreaterThan(todo!.count);
  });

  it('an organizer sees undecided nominations of an open nomination stage, and the item goes once decided', () => {
    const s = db()
      .insert(selections)
      .values({
        year: 2090,
        title: '2090年度测试',
        stage: 'nomination',
        votingOpensAt: new Date(Date.now() + 1e9),
        votingClosesAt: new Date(Date.now() + 2e9),
      })
      .returning()
      .get();
    const official = db().select().from(officials).get()!;
    const row = db()
      .insert(nominations)
      .values({ selectionId: s.id, officialId: official.id, nomineeName: official.name, nomineeUnit: '', reason: '一直为居民办实事。' })
      .returning()
      .get();
    const organizer = makeActor('organizer');
    expect(todosFor(organizer, at())).toContainEqual({
      key: 'nominations',
      count: 1,
      href: `/staff/selections/${s.id}/nominations`,
      values: { title: '2090年度测试' },
    });
    db().update(nominations).set({ status: 'approved' }).where(eq(nominations.id, row.id)).run();
    expect(todosFor(organizer, at()).filter((t) => t.href.startsWith(`/staff/selections/${s.id}/`))).toEqual([]);
    // A street-scoped organizer does not run selections.
    const scoped = makeActor('organizer', streets()[0]!.id);
    expect(todosFor(scoped, at()).filter((t) => t.key === 'nominations' || t.key === 'criteria')).toEqual([]);
  });

  it('inspectors see open follow-ups; viewers, who change nothing, see nothing to do', () => {
    expect(todosFor(makeActor('inspector'), at()).map((t) => t.key)).toContain('followUps');
    expect(todosFor(makeActor('viewer'), at())).toEqual([]);
  });

  it('counts only what is in scope: a community with no requests has no overdue item', () => {
    const quiet = db()
      .select()
      .from(units)
      .where(eq(units.kind, 'community'))
      .all()
      .find((c) => !db().select().from(requests).where(eq(requests.communityId, c.id)).get());
    if (quiet) expect(todosFor(makeActor('unit_staff', quiet.id), at()).find((t) => t.key === 'overdueRequests')).toBeUndefined();
  });
});
