// Rows for the assessment's tests, inserted straight into the other areas' tables.
import { db } from '@/db';
import * as s from '@/db/schema';
import { defaultIndicators } from '@/lib/assessment/defaults';

export function makeCycle(overrides: Partial<typeof s.assessmentCycles.$inferInsert> = {}, list = defaultIndicators) {
  const cycle = db()
    .insert(s.assessmentCycles)
    .values({
      name: '2026 年度考核',
      year: 2026,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      gradeThresholds: { excellent: 90, competent: 75, basic: 60 },
      ...overrides,
    })
    .returning()
    .get();
  list.forEach((i, position) =>
    db()
      .insert(s.indicators)
      .values({ ...i, cycleId: cycle.id, position })
      .run(),
  );
  return cycle;
}

export function addInspection(officialId: number, unitId: number, staffId: number, startsOn: string, rating: number) {
  const site = db()
    .insert(s.sites)
    .values({ name: `工地${startsOn}`, kind: 'renovation', unitId })
    .returning()
    .get();
  const i = db()
    .insert(s.inspections)
    .values({ siteId: site.id, methods: ['look'], startsOn, endsOn: startsOn, findings: 'f', recordedBy: staffId })
    .returning()
    .get();
  db().insert(s.inspectionOfficials).values({ inspectionId: i.id, officialId, rating }).run();
  return i.id;
}

export function addMeeting(officialId: number, heldOn: string, grades: s.ReviewGrade[]) {
  const meeting = db()
    .insert(s.reviewMeetings)
    .values({ officialId, heldOn, place: `会议室${heldOn}` })
    .returning()
    .get();
  for (const g of grades)
    db()
      .insert(s.reviewForms)
      .values({ meetingId: meeting.id, channel: 'paper', morality: g, ability: g, diligence: g, achievement: g, integrity: g })
      .run();
  return meeting.id;
}

let requestNumber = 0;
export function addRequest(
  officialId: number,
  communityId: number,
  createdAt: string,
  opts: { resolvedDay?: number; satisfaction?: number } = {},
) {
  const created = new Date(`${createdAt}T09:00:00+08:00`);
  const day = 86_400_000;
  const category =
    db().select().from(s.requestCategories).get() ??
    db().insert(s.requestCategories).values({ code: 'road', nameZh: '道路', nameEn: 'Roads', resolveDays: 5 }).returning().get();
  db()
    .insert(s.requests)
    .values({
      number: `A-${++requestNumber}`,
      categoryId: category.id,
      communityId,
      description: 'x',
      channel: 'online',
      assignedOfficialId: officialId,
      respondBy: new Date(created.getTime() + day),
      resolveBy: new Date(created.getTime() + 5 * day),
      resolvedAt: opts.resolvedDay === undefined ? null : new Date(created.getTime() + opts.resolvedDay * day),
      satisfaction: opts.satisfaction ?? null,
      status: opts.resolvedDay === undefined ? 'in_progress' : 'confirmed',
      createdAt: created,
    })
    .run();
}

/** One survey of the year with the given response scores in one community. */
export function addSurveyResponses(communityId: number, year: number, scores: number[]) {
  const template = db().insert(s.surveyTemplates).values({ name: 't', questions: [], checklist: [] }).returning().get();
  const survey = db()
    .insert(s.surveys)
    .values({ name: `${year} 测评`, year, templateId: template.id, status: 'closed' })
    .returning()
    .get();
  scores.forEach((score, k) => {
    const hh = db()
      .insert(s.households)
      .values({ communityId, idHash: `${survey.id}-${k}` })
      .returning()
      .get();
    db().insert(s.surveySamples).values({ surveyId: survey.id, householdId: hh.id, communityId, position: k }).run();
    db()
      .insert(s.surveyResponses)
      .values({ surveyId: survey.id, communityId, householdId: hh.id, channel: 'online', answers: {}, score })
      .run();
  });
  return survey.id;
}
