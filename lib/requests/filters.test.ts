// The list's filters from the URL, and the promise the metrics page makes: each figure equals the
// number of rows its link lists.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, writeTx } from '@/db';
import { officials, requestCategories, requests } from '@/db/schema';
import { communitiesOf, makeActor, seedDistrict, streets } from '@/tests/unit/fixtures';
import { ensureCategories } from './categories';
import { filterQuery, outcomes, parseFilter } from './filters';
import { fileRequest } from './ledger';
import { requestMetrics, yearPeriod } from './metrics';
import { listRequests } from './queries';

describe('parseFilter', () => {
  it('keeps well-formed filters and drops the rest without failing', () => {
    expect(parseFilter({ official: '12', unit: '3', year: '2026', outcome: 'onTime', status: 'resolved', overdue: '1' })).toMatchObject({
      official: 12,
      unit: 3,
      year: 2026,
      outcome: 'onTime',
      status: 'resolved',
      overdue: true,
    });
    expect(parseFilter({ official: '-1', unit: 'x', year: '99999', outcome: 'drop table', status: 'lost', page: ['2', '3'] })).toEqual({
      overdue: false,
    });
  });

  it('writes a query string that round-trips, with one part removed', () => {
    const filter = parseFilter({ official: '7', year: '2025', category: '2', page: '3' });
    expect(filterQuery(filter)).toBe('?category=2&official=7&year=2025&page=3');
    expect(filterQuery(filter, { official: undefined, page: undefined })).toBe('?category=2&year=2025');
    expect(parseFilter(Object.fromEntries(new URLSearchParams(filterQuery(filter).slice(1))))).toEqual(filter);
    expect(filterQuery({})).toBe('');
  });
});

describe('a metric and the list behind it', () => {
  let official: number;
  let community: number;
  let otherStreetCommunity: number;
  let street: number;

  beforeAll(async () => {
    await seedDistrict();
    ensureCategories(db());
    const [s0, s1] = streets();
    street = s0!.id;
    community = communitiesOf(s0!.id)[0]!.id;
    otherStreetCommunity = communitiesOf(s1!.id)[0]!.id;
    official = db().select().from(officials).where(eq(officials.unitId, community)).get()!.id;
    const categoryId = db().select().from(requestCategories).get()!.id;
    const day = 86_400_000;
    // Nine requests for the official across two years, in every state the metrics tell apart.
    const cases = [
      { when: '2025-12-31T23:30:00', resolvedLate: false, rated: 5, reopened: 0 },
      { when: '2026-01-01T00:10:00', resolvedLate: false, rated: 4, reopened: 0 },
      { when: '2026-02-10T10:00:00', resolvedLate: true, rated: null, reopened: 1 },
      { when: '2026-03-10T10:00:00', resolvedLate: null, rated: null, reopened: 2 },
      { when: '2026-04-10T10:00:00', resolvedLate: false, rated: null, reopened: 0 },
      { when: '2026-05-10T10:00:00', resolvedLate: null, rated: null, reopened: 0 },
      { when: '2026-12-31T23:59:00', resolvedLate: true, rated: 2, reopened: 0 },
      { when: '2027-01-01T00:00:00', resolvedLate: false, rated: null, reopened: 0 },
    ];
    writeTx((tx) => {
      for (const c of cases) {
        const at = new Date(`${c.when}+08:00`);
        const filed = fileRequest(tx, { categoryId, communityId: community, description: '路灯坏了很久了', channel: 'online' }, at);
        const row = tx.select().from(requests).where(eq(requests.id, filed.id)).get()!;
        const resolvedAt = c.resolvedLate === null ? null : new Date(row.resolveBy.getTime() + (c.resolvedLate ? day : -day));
        tx.update(requests)
          .set({
            assignedOfficialId: official,
            assignedUnitId: community,
            status: c.rated ? 'confirmed' : resolvedAt ? 'resolved' : 'reopened',
            resolvedAt,
            satisfaction: c.rated,
            reopenCount: c.reopened,
          })
          .where(eq(requests.id, filed.id))
          .run();
      }
      // Someone else's request in the same year must not count.
      fileRequest(tx, { categoryId, communityId: otherStreetCommunity, description: '楼道堆物没人管', channel: 'online' }, new Date());
    });
  });

  it('every figure of the official for 2026 equals the total of the list it links to', () => {
    const metrics = requestMetrics(db(), 'official', yearPeriod(2026)).get(official)!;
    const actor = makeActor('unit_staff', street);
    const count = (extra: object) => listRequests(actor, { official, year: 2026, ...extra }).total;
    expect(metrics.received).toBe(6);
    expect(count({})).toBe(metrics.received);
    for (const outcome of outcomes) expect(count({ outcome }), outcome).toBe(metrics[outcome]);
    expect(metrics).toMatchObject({ handled: 4, onTime: 2, rated: 2, reopened: 2 });
    // Filed on New Year's Eve after midnight UTC+8 belongs to the new year, as in the metrics.
    expect(listRequests(actor, { official, year: 2025 }).total).toBe(1);
  });

  it('staff of another street list none of them, whatever the filter says', () => {
    const other = makeActor('unit_staff', streets()[1]!.id);
    expect(listRequests(other, { official, year: 2026 }).total).toBe(0);
  });
});
