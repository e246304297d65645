import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import * as s from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';
import { surveyScoresByCommunity } from '@/lib/surveys/metrics';
import { surveyIdsOfYear } from './sources';

type Row = { unitPath: string; grade: s.ReviewGrade; vetoed: boolean };

/**
 * Communities that need attention: residents' survey mean below the 称职 threshold, or an official
 * there graded 基本称职 / 不称职 or vetoed. Worst survey mean first.
 */
export function communitiesNeedingAttention(actor: Actor, cycle: s.AssessmentCycle, rows: Row[]) {
  const surveys = surveyScoresByCommunity(db(), surveyIdsOfYear(db(), cycle.year));
  const communities = db()
    .select({ id: s.units.id, name: s.units.name, path: s.units.path })
    .from(s.units)
    .where(and(eq(s.units.kind, 'community'), unitScope(actor)))
    .all();
  return communities
    .map((c) => {
      const here = rows.filter((r) => r.unitPath === c.path);
      const survey = surveys.get(c.id);
      return {
        ...c,
        surveyMean: survey?.mean ?? null,
        responses: survey?.responses ?? 0,
        lowGrades: here.filter((r) => r.grade === 'basic' || r.grade === 'incompetent').length,
        vetoed: here.filter((r) => r.vetoed).length,
      };
    })
    .filter((c) => (c.surveyMean !== null && c.surveyMean < cycle.gradeThresholds.competent) || c.lowGrades > 0 || c.vetoed > 0)
    .sort((a, b) => (a.surveyMean ?? 101) - (b.surveyMean ?? 101) || b.lowGrades - a.lowGrades)
    .slice(0, 12);
}
