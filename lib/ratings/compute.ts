import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { households, surveyResponses } from '@/db/schema';
import { requestMetrics } from '@/lib/requests/metrics';
import { marginOfError } from '@/lib/surveys/stats';
import { surveyScoresByCommunity } from '@/lib/surveys/metrics';
import { publishedInputs, rate, type Formula, type Rating, type RatingInputs } from './formula';

/** Every community's inputs and stars for one survey cycle, from the same reads the assessment uses. */
export function computeRatings(
  database: Db | Tx,
  survey: { id: number; registerMaxId: number | null },
  formula: Formula,
): { communityId: number; inputs: RatingInputs; rating: Rating }[] {
  const scores = surveyScoresByCommunity(database, [survey.id]);
  const requests = requestMetrics(database, 'community', formula.requestPeriod);
  const population = new Map(
    database
      .select({ communityId: households.communityId, n: sql<number>`count(*)` })
      .from(households)
      .where(survey.registerMaxId == null ? undefined : lte(households.id, survey.registerMaxId))
      .groupBy(households.communityId)
      .all()
      .map((r) => [r.communityId, r.n]),
  );
  const responseScores = new Map<number, number[]>();
  for (const r of database
    .select({ communityId: surveyResponses.communityId, score: surveyResponses.score })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, survey.id)))
    .all())
    (responseScores.get(r.communityId) ?? responseScores.set(r.communityId, []).get(r.communityId)!).push(r.score);

  return [...scores.entries()].map(([communityId, s]) => {
    const m = requests.get(communityId);
    const inputs = publishedInputs({
      surveyMean: s.mean,
      responses: s.responses,
      sampled: s.sampled,
      households: population.get(communityId) ?? 0,
      responseRate: s.responseRate,
      marginOfError: marginOfError(responseScores.get(communityId) ?? [], population.get(communityId) ?? 0),
      requestsReceived: m?.received ?? 0,
      requestsHandled: m?.handled ?? 0,
      onTimeRate: m?.onTimeRate ?? null,
      requestsRated: m?.rated ?? 0,
      avgSatisfaction: m?.avgSatisfaction ?? null,
    });
    return { communityId, inputs, rating: rate(inputs, formula) };
  });
}
