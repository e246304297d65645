import { sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { reviewForms, reviewMeetings, type ReviewGrade } from '@/db/schema';
import type { Period } from '@/lib/period';
import { dimensions, type Dimension } from '@/lib/enums';

export { dimensions, type Dimension } from '@/lib/enums';

/** Points of each grade on a review form: 优秀 100, 称职 75, 基本称职 50, 不称职 0. */
export const gradePoints: Record<ReviewGrade, number> = { excellent: 100, competent: 75, basic: 50, incompetent: 0 };

export type ReviewMetrics = {
  meetings: number;
  forms: number;
  /** Mean points over every form and all five dimensions, 0–100. */
  score: number | null;
  byDimension: Record<Dimension, number | null>;
};

function points(column: AnySQLiteColumn): SQL<number> {
  return sql<number>`case ${column} when 'excellent' then ${gradePoints.excellent} when 'competent' then ${gradePoints.competent} when 'basic' then ${gradePoints.basic} else ${gradePoints.incompetent} end`;
}

/** Per official, over review meetings held within the period. */
export function reviewScores(database: Db | Tx, period: Period): Map<number, ReviewMetrics> {
  const rows = database
    .select({
      officialId: reviewMeetings.officialId,
      meetings: sql<number>`count(distinct ${reviewMeetings.id})`,
      forms: sql<number>`count(*)`,
      morality: sql<number>`avg(${points(reviewForms.morality)})`,
      ability: sql<number>`avg(${points(reviewForms.ability)})`,
      diligence: sql<number>`avg(${points(reviewForms.diligence)})`,
      achievement: sql<number>`avg(${points(reviewForms.achievement)})`,
      integrity: sql<number>`avg(${points(reviewForms.integrity)})`,
    })
    .from(reviewForms)
    .innerJoin(reviewMeetings, sql`${reviewMeetings.id} = ${reviewForms.meetingId}`)
    .where(sql`${reviewMeetings.heldOn} >= ${period.from} and ${reviewMeetings.heldOn} <= ${period.to}`)
    .groupBy(reviewMeetings.officialId)
    .all();
  return new Map(
    rows.map((r) => {
      const byDimension = Object.fromEntries(dimensions.map((d) => [d, r[d]])) as Record<Dimension, number>;
      const score = dimensions.reduce((sum, d) => sum + byDimension[d], 0) / dimensions.length;
      return [r.officialId, { meetings: r.meetings, forms: r.forms, score, byDimension }];
    }),
  );
}
