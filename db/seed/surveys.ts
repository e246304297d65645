import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import {
  households,
  staff,
  surveyCalls,
  surveyCodes,
  surveyorAssignments,
  surveyResponses,
  surveys,
  surveySamples,
  surveyTemplates,
  surveyVisits,
  units,
} from '../schema';
import { publishRound, storeRatings } from '../../lib/ratings/store';
import { generateCode, hashSurveyCode } from '../../lib/surveys/codes';
import { commitSeed, drawSample, revealSeed } from '../../lib/surveys/draw';
import { hashHouseholdId } from '../../lib/surveys/register';
import { householdKey } from '../../lib/surveys/register-key';
import { responseScore } from '../../lib/surveys/stats';
import { standardTemplate } from '../../lib/surveys/template';
import { seededRandom } from './random';

const DAY = 86_400_000;

/**
 * Demo satisfaction surveys: a household register for every community (the first street at its full
 * size, the others at a fifth, to keep the seed fast), two earlier cycles with published stars (so the
 * history shows changes such as 4★ → 5★) and a current cycle open for entries, with the demo surveyor
 * assigned to the first street. Returns a few unused survey codes for the demo banner.
 */
export function seedSurveys(database: Db, at: Date): { surveyId: number; demoCodes: string[] } {
  const rand = seededRandom(20260501);
  const key = householdKey();
  // By id, as the demo accounts are placed: the first street created is the demo surveyor's.
  const streets = database.select().from(units).where(eq(units.kind, 'street')).orderBy(units.id).all();
  const communities = database.select().from(units).where(eq(units.kind, 'community')).orderBy(units.path).all();
  const organizer = database.select().from(staff).where(eq(staff.username, 'organizer')).get()?.id ?? null;
  const surveyor = database.select().from(staff).where(eq(staff.username, 'surveyor')).get();
  // The surveyor's own street is surveyed at full size and assigned to them.
  const home = surveyor?.unitId ?? streets[0]?.id;
  const quality = new Map(communities.map((c) => [c.id, 3.3 + rand.next() * 1.6]));

  database.transaction((tx) => {
    const rows = communities.flatMap((c) => {
      const full = c.parentId === home;
      const n = Math.max(60, Math.round((c.households ?? 500) / (full ? 1 : 5)));
      return Array.from({ length: n }, (_, i) => ({
        communityId: c.id,
        idHash: hashHouseholdId(key, `${c.name}${Math.floor(i / 24) + 1}号楼${(Math.floor(i / 6) % 4) + 1}门${(i % 6) + 1}01`),
        phone: rand.next() < 0.8 ? `139${String(10_000_000 + rand.int(0, 89_999_999))}` : null,
      }));
    });
    for (let i = 0; i < rows.length; i += 1000)
      tx.insert(households)
        .values(rows.slice(i, i + 1000))
        .run();
  });

  const template = database.insert(surveyTemplates).values(standardTemplate).returning().get();
  const year = at.getFullYear();
  const cycles = [
    { name: `${year - 1}年度社区满意度测评`, year: year - 1, start: new Date(at.getTime() - 220 * DAY), shift: 0, rate: 0.72 },
    { name: `${year}年上半年社区满意度测评`, year, start: new Date(at.getTime() - 100 * DAY), shift: 0.2, rate: 0.75 },
    { name: `${year}年下半年社区满意度测评`, year, start: new Date(at.getTime() - 10 * DAY), shift: 0.3, rate: 0.45 },
  ];
  let current = 0;
  const demoCodes: string[] = [];
  cycles.forEach((cycle, index) => {
    const last = index === cycles.length - 1;
    const seed = randomBytes(18).toString('base64url');
    database.transaction((tx) => {
      const survey = tx
        .insert(surveys)
        .values({ name: cycle.name, year: cycle.year, templateId: template.id, createdAt: cycle.start })
        .returning()
        .get();
      current = survey.id;
      commitSeed(tx, survey.id, seed, cycle.start);
      drawSample(tx, survey.id, seed, new Date(cycle.start.getTime() + DAY));
      revealSeed(tx, survey.id, new Date(cycle.start.getTime() + DAY));
      tx.update(surveys).set({ status: 'open' }).where(eq(surveys.id, survey.id)).run();
      if (surveyor)
        for (const c of communities.filter((x) => x.parentId === home))
          tx.insert(surveyorAssignments).values({ surveyId: survey.id, communityId: c.id, staffId: surveyor.id }).run();
      const sample = tx.select().from(surveySamples).where(eq(surveySamples.surveyId, survey.id)).all();
      const responses = [];
      const calls = [];
      const codes = [];
      for (const s of sample) {
        const q = Math.min(5, (quality.get(s.communityId) ?? 4) + cycle.shift * (rand.next() - 0.3));
        const createdAt = new Date(cycle.start.getTime() + (2 + rand.int(0, 7)) * DAY);
        if (rand.next() > cycle.rate) {
          if (last && demoCodes.length < 5) {
            const code = generateCode();
            demoCodes.push(code);
            codes.push({ codeHash: hashSurveyCode(survey.id, code), surveyId: survey.id, householdId: s.householdId });
          } else if (surveyor && rand.next() < 0.3)
            calls.push({
              surveyId: survey.id,
              householdId: s.householdId,
              outcome: rand.pick(['no_answer', 'refused'] as const),
              staffId: surveyor.id,
              at: createdAt,
            });
          continue;
        }
        const answers = Object.fromEntries(
          template.questions.map((item) => [item.id, Math.max(1, Math.min(5, Math.round(q + (rand.next() - 0.5) * 1.4)))]),
        );
        const phone = Boolean(surveyor) && rand.next() < 0.4;
        responses.push({
          surveyId: survey.id,
          communityId: s.communityId,
          householdId: s.householdId,
          channel: phone ? ('phone' as const) : ('online' as const),
          answers,
          score: responseScore(answers),
          comment: '',
          enteredBy: phone ? surveyor!.id : null,
          createdAt,
        });
        if (!phone)
          codes.push({
            codeHash: hashSurveyCode(survey.id, generateCode()),
            surveyId: survey.id,
            householdId: s.householdId,
            usedAt: createdAt,
          });
      }
      for (let i = 0; i < responses.length; i += 500) {
        const stored = tx
          .insert(surveyResponses)
          .values(responses.slice(i, i + 500))
          .returning({
            id: surveyResponses.id,
            householdId: surveyResponses.householdId,
            channel: surveyResponses.channel,
            createdAt: surveyResponses.createdAt,
            enteredBy: surveyResponses.enteredBy,
          })
          .all();
        for (const r of stored)
          if (r.channel === 'phone')
            calls.push({
              surveyId: survey.id,
              householdId: r.householdId,
              outcome: 'completed' as const,
              responseId: r.id,
              staffId: r.enteredBy!,
              at: r.createdAt,
            });
      }
      for (let i = 0; i < calls.length; i += 500)
        tx.insert(surveyCalls)
          .values(calls.slice(i, i + 500))
          .run();
      for (let i = 0; i < codes.length; i += 500)
        tx.insert(surveyCodes)
          .values(codes.slice(i, i + 500))
          .run();
      if (surveyor)
        for (const c of communities.filter((x) => x.parentId === home)) {
          const checklist = Object.fromEntries(template.checklist.map((item) => [item.id, rand.next() < 0.85]));
          const score = Math.round((Object.values(checklist).filter(Boolean).length / template.checklist.length) * 100);
          tx.insert(surveyVisits)
            .values({
              surveyId: survey.id,
              communityId: c.id,
              visitedOn: new Date(cycle.start.getTime() + 5 * DAY).toISOString().slice(0, 10),
              checklist,
              score,
              staffId: surveyor.id,
            })
            .run();
        }
      if (!last) {
        tx.update(surveys).set({ status: 'closed' }).where(eq(surveys.id, survey.id)).run();
        storeRatings(tx, survey.id, organizer, new Date(cycle.start.getTime() + 20 * DAY));
        publishRound(tx, survey.id, organizer, new Date(cycle.start.getTime() + 21 * DAY));
      }
    });
  });
  return { surveyId: current, demoCodes };
}
