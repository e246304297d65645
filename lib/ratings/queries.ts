import 'server-only';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db';
import { communityRatings, ratingRounds, surveys } from '@/db/schema';
import { communityLabels } from '@/lib/surveys/queries';
import type { Formula, RatingInputs } from './formula';

/** Rounds an organizer has published, newest first. Unpublished rounds are invisible to every public reader. */
export function publishedRounds() {
  return db()
    .select({
      surveyId: surveys.id,
      name: surveys.name,
      nameEn: surveys.nameEn,
      year: surveys.year,
      formula: ratingRounds.formula,
      publishedAt: ratingRounds.publishedAt,
    })
    .from(ratingRounds)
    .innerJoin(surveys, eq(surveys.id, ratingRounds.surveyId))
    .where(isNotNull(ratingRounds.publishedAt))
    .orderBy(desc(surveys.year), desc(surveys.id))
    .all()
    .map((r) => ({ ...r, formula: r.formula as Formula, publishedAt: r.publishedAt! }));
}

/** Any round, for the organizer's review before publishing. */
export function roundOf(surveyId: number) {
  return db().select().from(ratingRounds).where(eq(ratingRounds.surveyId, surveyId)).get();
}

export function ratingsOf(surveyId: number) {
  const labels = new Map(communityLabels().map((c) => [c.id, c]));
  return db()
    .select()
    .from(communityRatings)
    .where(eq(communityRatings.surveyId, surveyId))
    .all()
    .map((r) => ({ ...r, inputs: r.inputs as RatingInputs, community: labels.get(r.communityId)! }))
    .sort((x, y) => x.community.path.localeCompare(y.community.path));
}

/** Every community with its latest published rating (if any), grouped by street in path order. */
export function communityIndex() {
  const rounds = publishedRounds();
  const latest = rounds[0];
  const previous = rounds[1];
  const starsIn = (surveyId: number | undefined) =>
    new Map(
      surveyId === undefined
        ? []
        : db()
            .select()
            .from(communityRatings)
            .where(eq(communityRatings.surveyId, surveyId))
            .all()
            .map((r) => [r.communityId, r]),
    );
  const now = starsIn(latest?.surveyId);
  const before = starsIn(previous?.surveyId);
  return {
    round: latest ?? null,
    previousRound: previous ?? null,
    communities: communityLabels().map((c) => ({ ...c, rating: now.get(c.id) ?? null, previousStars: before.get(c.id)?.stars ?? null })),
  };
}

/** One community's published ratings, oldest first: the history of its stars. */
export function communityHistory(communityId: number) {
  return db()
    .select({
      surveyId: surveys.id,
      name: surveys.name,
      nameEn: surveys.nameEn,
      year: surveys.year,
      stars: communityRatings.stars,
      score: communityRatings.score,
      inputs: communityRatings.inputs,
      formula: ratingRounds.formula,
      publishedAt: ratingRounds.publishedAt,
    })
    .from(communityRatings)
    .innerJoin(ratingRounds, eq(ratingRounds.surveyId, communityRatings.surveyId))
    .innerJoin(surveys, eq(surveys.id, communityRatings.surveyId))
    .where(and(eq(communityRatings.communityId, communityId), isNotNull(ratingRounds.publishedAt)))
    .orderBy(asc(surveys.year), asc(surveys.id))
    .all()
    .map((r) => ({ ...r, inputs: r.inputs as RatingInputs, formula: r.formula as Formula, publishedAt: r.publishedAt! }));
}
