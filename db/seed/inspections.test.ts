import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { inspections, reviewFormCodes, reviewForms, reviewMeetings, sites } from '@/db/schema';
import { inspectionRatings } from '@/lib/inspections/metrics';
import { reviewScores } from '@/lib/reviews/metrics';
import { lookUpCode } from '@/lib/reviews/write';
import { seedDistrict } from '@/tests/unit/fixtures';
import { seedInspections } from './inspections';

const at = new Date('2026-11-27T10:00:00+08:00');
let codes: string[];

beforeAll(async () => {
  await seedDistrict();
  codes = seedInspections(db(), at).demoReviewCodes;
});

const n = (table: typeof sites | typeof inspections | typeof reviewMeetings | typeof reviewForms) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

describe('demo inspections and reviews', () => {
  it('has 30+ sites with inspections, and review meetings with forms, this year and the year before, never in the future', () => {
    expect(n(sites)).toBeGreaterThanOrEqual(30);
    expect(n(inspections)).toBeGreaterThanOrEqual(36);
    expect(n(reviewMeetings)).toBeGreaterThanOrEqual(12);
    expect(n(reviewForms)).toBeGreaterThan(n(reviewMeetings) * 15);
    const days = db().all<{ d: string }>(sql`select ends_on as d from inspections union all select held_on from review_meetings`);
    expect(days.every((r) => r.d <= '2026-11-27')).toBe(true);
    expect(days.some((r) => r.d.startsWith('2025'))).toBe(true);
    expect(days.filter((r) => r.d.startsWith('2026')).length).toBeGreaterThan(days.length / 2);
  });

  it('feeds the assessment metrics, and leaves five unused codes for the demo', () => {
    expect(inspectionRatings(db(), { from: '2026-01-01', to: '2026-12-31' }).size).toBeGreaterThan(30);
    expect(reviewScores(db(), { from: '2026-01-01', to: '2026-12-31' }).size).toBeGreaterThan(5);
    expect(codes).toHaveLength(5);
    expect(lookUpCode(db(), codes[0]!)).toMatchObject({ ok: true });
    const online = db().get<{ n: number }>(sql`select count(*) as n from review_forms where channel = 'online'`)!.n;
    const used = db().get<{ n: number }>(sql`select count(*) as n from ${reviewFormCodes} where used_at is not null`)!.n;
    expect(used).toBe(online);
  });
});
