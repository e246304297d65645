import 'server-only';
import { communityHistory, communityIndex } from './queries';
import type { RatingInputs } from './formula';

/** Published figures only: stars, score and the formula's inputs. No household, phone or answer is in here. */
export function communitiesPayload() {
  const { round, communities } = communityIndex();
  return {
    round: round && {
      surveyId: round.surveyId,
      name: round.name,
      year: round.year,
      publishedAt: round.publishedAt.toISOString(),
      formula: round.formula,
    },
    communities: communities.map((c) => ({
      id: c.id,
      name: c.name,
      street: c.street,
      stars: c.rating?.stars ?? null,
      previousStars: c.previousStars,
      score: c.rating && c.rating.stars > 0 ? c.rating.score : null,
      inputs: (c.rating?.inputs as RatingInputs | undefined) ?? null,
      links: { page: `/communities/${c.id}`, ratings: `/api/v1/communities/${c.id}/ratings` },
    })),
  };
}

export function historyPayload(communityId: number) {
  return communityHistory(communityId).map((h) => ({
    surveyId: h.surveyId,
    cycle: h.name,
    year: h.year,
    publishedAt: h.publishedAt.toISOString(),
    stars: h.stars,
    score: h.stars > 0 ? h.score : null,
    inputs: h.inputs,
    formula: h.formula,
  }));
}

export const inputColumns = [
  'surveyMean',
  'responses',
  'sampled',
  'households',
  'responseRate',
  'marginOfError',
  'requestsReceived',
  'requestsHandled',
  'onTimeRate',
  'requestsRated',
  'avgSatisfaction',
] as const satisfies readonly (keyof RatingInputs)[];
