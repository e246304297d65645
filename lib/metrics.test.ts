// The read-side contracts between areas: requests, surveys, inspections and reviews as the
// star ratings and the assessment see them. Hand-worked figures on a few rows each.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { communitiesOf, makeActor, seedDistrict, streets } from '@/tests/unit/fixtures';
import { requestMetrics } from './requests/metrics';
import { surveyScoresByCommunity } from './surveys/metrics';
import { inspectionRatings } from './inspections/metrics';
import { reviewScores } from './reviews/metrics';

const at = (iso: string) => new Date(`${iso}+08:00`);
let community: number;
let official: number;
let staffId: number;

beforeAll(async () => {
  await seedDistrict();
  community = communitiesOf(streets()[0]!.id)[0]!.id;
  official = db().select().from(s.officials).limit(1).get()!.id;
  staffId = makeActor('organizer').id;
});

describe('requestMetrics', () => {
  it('counts handled, on time, satisfaction and reopenings per official and community within the period', () => {
    const category = db()
      .insert(s.requestCategories)
      .values({ code: 'road', nameZh: '道路', nameEn: 'Roads', resolveDays: 5 })
      .returning()
      .get();
    const base = {
      categoryId: category.id,
      communityId: community,
      description: 'x',
      channel: 'online' as const,
      assignedOfficialId: official,
    };
    const due = { respondBy: at('2026-03-02T18:00:00'), resolveBy: at('2026-03-08T18:00:00') };
    db()
      .insert(s.requests)
      .values([
        {
          ...base,
          ...due,
          number: 'T-1',
          createdAt: at('2026-03-01T09:00:00'),
          resolvedAt: at('2026-03-05T10:00:00'),
          satisfaction: 5,
          status: 'confirmed',
        },
        {
          ...base,
          ...due,
          number: 'T-2',
          createdAt: at('2026-03-01T10:00:00'),
          resolvedAt: at('2026-03-10T10:00:00'),
          satisfaction: 2,
          reopenCount: 1,
          status: 'confirmed',
        },
        { ...base, ...due, number: 'T-3', createdAt: at('2026-03-01T11:00:00'), status: 'in_progress' },
        // Outside the period: not counted.
        { ...base, ...due, number: 'T-4', createdAt: at('2025-12-31T23:00:00'), resolvedAt: at('2026-01-01T10:00:00'), status: 'resolved' },
      ])
      .run();
    const m = requestMetrics(db(), 'official', { from: '2026-01-01', to: '2026-12-31' }).get(official)!;
    expect(m).toEqual({
      received: 3,
      handled: 2,
      onTime: 1,
      onTimeRate: 0.5,
      rated: 2,
      avgSatisfaction: 3.5,
      reopened: 1,
      reopenRate: 0.5,
    });
    expect(requestMetrics(db(), 'community', { from: '2026-01-01', to: '2026-12-31' }).get(community)?.received).toBe(3);
    expect(requestMetrics(db(), 'unit', { from: '2026-01-01', to: '2026-12-31' }).size).toBe(0);
  });
});

describe('surveyScoresByCommunity', () => {
  it('gives the sample size, responses, mean score and response rate', () => {
    const template = db().insert(s.surveyTemplates).values({ name: 't', questions: [], checklist: [] }).returning().get();
    const survey = db().insert(s.surveys).values({ name: 's', year: 2026, templateId: template.id }).returning().get();
    const hh = [1, 2, 3, 4].map(
      (i) =>
        db()
          .insert(s.households)
          .values({ communityId: community, idHash: `h${i}` })
          .returning()
          .get().id,
    );
    db()
      .insert(s.surveySamples)
      .values(hh.map((householdId, position) => ({ surveyId: survey.id, householdId, communityId: community, position })))
      .run();
    db()
      .insert(s.surveyResponses)
      .values([
        { surveyId: survey.id, communityId: community, householdId: hh[0]!, channel: 'online', answers: { q1: 5 }, score: 100 },
        { surveyId: survey.id, communityId: community, householdId: hh[1]!, channel: 'phone', answers: { q1: 3 }, score: 50 },
      ])
      .run();
    expect(surveyScoresByCommunity(db(), [survey.id]).get(community)).toEqual({ sampled: 4, responses: 2, mean: 75, responseRate: 0.5 });
    expect(surveyScoresByCommunity(db(), []).size).toBe(0);
  });
});

describe('inspectionRatings and reviewScores', () => {
  it('average per official within the period', () => {
    const site = db().insert(s.sites).values({ name: 'site', kind: 'renovation', unitId: community }).returning().get();
    for (const [startsOn, rating] of [
      ['2026-04-01', 4],
      ['2026-05-01', 2],
      ['2025-05-01', 1],
    ] as const) {
      const i = db()
        .insert(s.inspections)
        .values({ siteId: site.id, methods: ['look'], startsOn, endsOn: startsOn, findings: 'f', recordedBy: staffId })
        .returning()
        .get();
      db().insert(s.inspectionOfficials).values({ inspectionId: i.id, officialId: official, rating }).run();
    }
    expect(inspectionRatings(db(), { from: '2026-01-01', to: '2026-12-31' }).get(official)).toEqual({ inspections: 2, meanRating: 3 });

    const meeting = db().insert(s.reviewMeetings).values({ officialId: official, heldOn: '2026-12-01' }).returning().get();
    const form = {
      meetingId: meeting.id,
      channel: 'paper' as const,
      morality: 'excellent' as const,
      ability: 'competent' as const,
      diligence: 'basic' as const,
      achievement: 'incompetent' as const,
      integrity: 'excellent' as const,
    };
    db()
      .insert(s.reviewForms)
      .values([form, { ...form, ability: 'excellent' as const }])
      .run();
    const r = reviewScores(db(), { from: '2026-01-01', to: '2026-12-31' }).get(official)!;
    expect(r.byDimension).toEqual({ morality: 100, ability: 87.5, diligence: 50, achievement: 0, integrity: 100 });
    expect(r).toMatchObject({ meetings: 1, forms: 2, score: 67.5 });
  });
});
