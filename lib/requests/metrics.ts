import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { requests } from '@/db/schema';
import { periodBounds, type Period } from '@/lib/period';

/**
 * What a group's requests say of its work — the figures star ratings and the assessment read.
 * Conventions every writer of `requests` keeps: `resolvedAt` is the latest resolution (reopening clears
 * it), `satisfaction` is set only when the resident confirms, `reopenCount` counts reopenings.
 */
export type RequestMetrics = {
  received: number;
  /** Resolved (awaiting confirmation) or confirmed. */
  handled: number;
  /** Handled no later than the resolve-by deadline. */
  onTime: number;
  onTimeRate: number | null;
  rated: number;
  /** Mean of the residents' 1–5 scores. */
  avgSatisfaction: number | null;
  reopened: number;
  /** Share of handled requests that were reopened at least once. */
  reopenRate: number | null;
};

export type RequestGrouping = 'official' | 'unit' | 'community';

/** What each figure counts, shared with the list's filters so a figure and its list cannot drift apart. */
export const outcomeSql = {
  handled: sql`${requests.resolvedAt} is not null`,
  onTime: sql`${requests.resolvedAt} is not null and ${requests.resolvedAt} <= ${requests.resolveBy}`,
  rated: sql`${requests.satisfaction} is not null`,
  reopened: sql`${requests.reopenCount} > 0`,
};

/** Requests filed within the period (district days). */
export function filedWithin(period: Period) {
  const { start, end } = periodBounds(period);
  return sql`${requests.createdAt} >= ${start} and ${requests.createdAt} < ${end}`;
}

export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const keyOf = {
  official: requests.assignedOfficialId,
  unit: requests.assignedUnitId,
  community: requests.communityId,
};

/** Metrics of the requests filed within the period, per assigned official, assigned unit or community. */
export function requestMetrics(database: Db | Tx, groupBy: RequestGrouping, period: Period): Map<number, RequestMetrics> {
  const key = keyOf[groupBy];
  const rows = database
    .select({
      key,
      received: sql<number>`count(*)`,
      handled: sql<number>`coalesce(sum(${outcomeSql.handled}), 0)`,
      onTime: sql<number>`coalesce(sum(${outcomeSql.onTime}), 0)`,
      rated: sql<number>`coalesce(sum(${outcomeSql.rated}), 0)`,
      avgSatisfaction: sql<number | null>`avg(${requests.satisfaction})`,
      reopened: sql<number>`coalesce(sum(${outcomeSql.reopened}), 0)`,
    })
    .from(requests)
    .where(sql`${key} is not null and ${filedWithin(period)}`)
    .groupBy(key)
    .all();
  return new Map(
    rows.map((r) => [
      r.key as number,
      {
        received: r.received,
        handled: r.handled,
        onTime: r.onTime,
        onTimeRate: r.handled ? r.onTime / r.handled : null,
        rated: r.rated,
        avgSatisfaction: r.avgSatisfaction,
        reopened: r.reopened,
        reopenRate: r.handled ? r.reopened / r.handled : null,
      },
    ]),
  );
}
