import { sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { inspectionOfficials, inspections } from '@/db/schema';
import type { Period } from '@/lib/period';

/** What front-line inspections said of one official: the assessment's inspection source. */
export type InspectionMetrics = { inspections: number; meanRating: number | null };

/** Per official, over inspections that began within the period (ratings 1–5). */
export function inspectionRatings(database: Db | Tx, period: Period): Map<number, InspectionMetrics> {
  const rows = database
    .select({
      officialId: inspectionOfficials.officialId,
      n: sql<number>`count(*)`,
      mean: sql<number | null>`avg(${inspectionOfficials.rating})`,
    })
    .from(inspectionOfficials)
    .innerJoin(inspections, sql`${inspections.id} = ${inspectionOfficials.inspectionId}`)
    .where(sql`${inspections.startsOn} >= ${period.from} and ${inspections.startsOn} <= ${period.to}`)
    .groupBy(inspectionOfficials.officialId)
    .all();
  return new Map(rows.map((r) => [r.officialId, { inspections: r.n, meanRating: r.mean }]));
}
