import { inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { surveyResponses, surveySamples } from '@/db/schema';

/** A community's satisfaction in one or more surveys: what star ratings and the assessment read. */
export type SurveyScore = {
  /** Households drawn into the sample. */
  sampled: number;
  /** Completed questionnaires, every channel. */
  responses: number;
  /** Mean response score, 0–100 (each answer level 1–5 maps to 0, 25, 50, 75, 100). */
  mean: number | null;
  responseRate: number | null;
};

export function surveyScoresByCommunity(database: Db | Tx, surveyIds: number[]): Map<number, SurveyScore> {
  const out = new Map<number, SurveyScore>();
  if (surveyIds.length === 0) return out;
  const sampled = database
    .select({ communityId: surveySamples.communityId, n: sql<number>`count(*)` })
    .from(surveySamples)
    .where(inArray(surveySamples.surveyId, surveyIds))
    .groupBy(surveySamples.communityId)
    .all();
  const responses = database
    .select({ communityId: surveyResponses.communityId, n: sql<number>`count(*)`, mean: sql<number | null>`avg(${surveyResponses.score})` })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, surveyIds))
    .groupBy(surveyResponses.communityId)
    .all();
  for (const s of sampled) out.set(s.communityId, { sampled: s.n, responses: 0, mean: null, responseRate: 0 });
  for (const r of responses) {
    const sampledHere = out.get(r.communityId)?.sampled ?? 0;
    out.set(r.communityId, { sampled: sampledHere, responses: r.n, mean: r.mean, responseRate: sampledHere ? r.n / sampledHere : null });
  }
  return out;
}
