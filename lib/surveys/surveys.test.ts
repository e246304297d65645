import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, writeTx } from '@/db';
import {
  communityRatings,
  households,
  requestCategories,
  requests,
  surveyCalls,
  surveyResponses,
  surveySamples,
  surveys,
  surveyVisits,
} from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { allActions } from '@/lib/commands';
import { rate, type Formula, type RatingInputs } from '@/lib/ratings/formula';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { drawCommunity, sha256 } from './sampling';
import { hashHouseholdId } from './register';
import { householdKey } from './register-key';
import { submitOnline } from './respond';

const run = (name: string, actor: ReturnType<typeof makeActor>, input: Record<string, unknown>) =>
  runAction(allActions[name]!, requestFacts(actor), input);

const SEED = 'a-long-enough-seed-for-2026';
let organizer: ReturnType<typeof makeActor>;
let surveyor: ReturnType<typeof makeActor>;
let surveyId: number;
let a: { id: number; name: string };
let b: { id: number; name: string };
let registerCsv: string;

const csvFile = (text: string) => new File([text], 'register.csv', { type: 'text/csv' });
const answers = { q_service: '5', q_response: '4', q_environment: '4', q_safety: '5', q_openness: '3' };

beforeAll(async () => {
  await seedDistrict();
  const street = streets()[0]!;
  const [first, second] = communitiesOf(street.id);
  a = first!;
  b = second!;
  organizer = makeActor('organizer');
  surveyor = makeActor('surveyor', street.id);
  const lines = ['社区,户号,电话'];
  for (const c of [a, b]) for (let i = 1; i <= 40; i++) lines.push(`${c.name},${i}号楼101,1380000${String(i).padStart(4, '0')}`);
  registerCsv = lines.join('\n');
});

describe('a survey cycle from register to published stars', () => {
  it('imports the register whole, storing only keyed hashes', async () => {
    const preview = await run('survey.importRegister', organizer, { file: csvFile(registerCsv) });
    expect(preview).toMatchObject({ ok: true, data: { total: 80, valid: 80, imported: 0 } });
    const bad = await run('survey.importRegister', organizer, {
      file: csvFile(`${registerCsv}\n不存在社区,1号,\n${a.name},,`),
      confirm: 'yes',
    });
    expect(bad).toMatchObject({
      ok: true,
      data: {
        imported: 0,
        errors: [
          { line: 82, problem: 'unknown' },
          { line: 83, problem: 'required' },
        ],
      },
    });
    expect(db().select().from(households).all()).toHaveLength(0);
    expect(await run('survey.importRegister', organizer, { file: csvFile(registerCsv), confirm: 'yes' })).toMatchObject({
      data: { imported: 80 },
    });
    const stored = new Set(
      db()
        .select()
        .from(households)
        .all()
        .map((h) => h.idHash),
    );
    // Keyed: the district key gives the stored hash; a plain SHA-256 of the identifier is not there.
    expect(stored.has(hashHouseholdId(householdKey(), '1号楼101'))).toBe(true);
    expect(stored.has(sha256('1号楼101'))).toBe(false);
  });

  it('commits, refuses a draw with another seed, and draws what the recipe gives', async () => {
    const created = await run('survey.create', organizer, {
      name: '2026年度社区满意度测评',
      year: 2026,
      samplePercent: 25,
      targetResponsePercent: 60,
    });
    surveyId = (created as { data: { id: number } }).data.id;
    expect(await run('survey.draw', organizer, { surveyId, seed: SEED })).toMatchObject({
      ok: false,
      message: 'surveys.errors.notCommitted',
    });
    expect(await run('survey.commit', organizer, { surveyId, seed: SEED })).toMatchObject({ ok: true });
    expect(db().select().from(surveys).where(eq(surveys.id, surveyId)).get()!.seed).toBeNull();
    expect(await run('survey.importRegister', organizer, { file: csvFile(registerCsv), confirm: 'yes' })).toMatchObject({
      ok: false,
      message: 'surveys.errors.registerFrozen',
    });
    expect(await run('survey.draw', organizer, { surveyId, seed: `${SEED}x` })).toMatchObject({
      ok: false,
      message: 'surveys.errors.seedMismatch',
    });
    expect(await run('survey.draw', organizer, { surveyId, seed: SEED })).toMatchObject({
      ok: true,
      data: { communities: 2, sampled: 20 },
    });
    // The same seed over the same register gives the same sample, re-derived outside the app.
    for (const c of [a, b]) {
      const register = db().select().from(households).where(eq(households.communityId, c.id)).all();
      const byHash = new Map(register.map((h) => [h.idHash, h.id]));
      const stored = db()
        .select()
        .from(surveySamples)
        .where(and(eq(surveySamples.surveyId, surveyId), eq(surveySamples.communityId, c.id)))
        .orderBy(surveySamples.position)
        .all()
        .map((s) => s.householdId);
      expect(stored).toEqual(drawCommunity(SEED, c.id, [...byHash.keys()], 25).map((h) => byHash.get(h)));
    }
    expect(await run('survey.assign', organizer, { surveyId, communityId: a.id, staffId: surveyor.id })).toMatchObject({ ok: true });
    expect(await run('survey.status', organizer, { surveyId, status: 'open' })).toMatchObject({ ok: true });
  });

  const sampleOf = (communityId: number) =>
    db()
      .select()
      .from(surveySamples)
      .where(and(eq(surveySamples.surveyId, surveyId), eq(surveySamples.communityId, communityId)))
      .orderBy(surveySamples.position)
      .all();

  it('lets a surveyor enter calls only in an assigned community', async () => {
    const [first, second] = sampleOf(a.id);
    expect(await run('survey.call', surveyor, { surveyId, householdId: first!.householdId, outcome: 'no_answer' })).toMatchObject({
      ok: true,
    });
    expect(
      await run('survey.call', surveyor, { surveyId, householdId: first!.householdId, outcome: 'completed', q_service: '5' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { q_response: ['field.required'] },
    });
    expect(
      await run('survey.call', surveyor, { surveyId, householdId: first!.householdId, outcome: 'completed', ...answers }),
    ).toMatchObject({ ok: true });
    expect(await run('survey.call', surveyor, { surveyId, householdId: second!.householdId, outcome: 'refused' })).toMatchObject({
      ok: true,
    });
    const other = sampleOf(b.id)[0]!;
    expect(
      await run('survey.call', surveyor, { surveyId, householdId: other.householdId, outcome: 'completed', ...answers }),
    ).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(await run('survey.visit', surveyor, { surveyId, communityId: b.id, visitedOn: '2026-10-01', score: 80 })).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(
      await run('survey.visit', surveyor, { surveyId, communityId: a.id, visitedOn: '2026-10-01', score: 80, c_clean: 'on' }),
    ).toMatchObject({ ok: true });
    expect(db().select().from(surveyCalls).all()).toHaveLength(3);
    expect(db().select().from(surveyResponses).where(eq(surveyResponses.communityId, b.id)).all()).toHaveLength(0);
  });

  it('refuses a visit with no score or an impossible date, storing nothing', async () => {
    const visits = () => db().select().from(surveyVisits).all().length;
    const before = visits();
    const visit = (extra: Record<string, unknown>) =>
      run('survey.visit', surveyor, { surveyId, communityId: a.id, visitedOn: '2026-10-01', score: '80', ...extra });
    // An empty score box must not be stored as 0: that would sink the community's rating.
    expect(await visit({ score: '' })).toMatchObject({ ok: false, fieldErrors: { score: [expect.any(String)] } });
    expect(await visit({ score: '   ' })).toMatchObject({ ok: false, fieldErrors: { score: [expect.any(String)] } });
    for (const visitedOn of ['2026-13-45', '2026-02-30', '2026-00-10'])
      expect(await visit({ visitedOn })).toMatchObject({ ok: false, fieldErrors: { visitedOn: [expect.any(String)] } });
    expect(visits()).toBe(before);
  });

  it('takes one response per household across channels', async () => {
    const first = sampleOf(a.id)[0]!;
    expect(
      await run('survey.call', surveyor, { surveyId, householdId: first.householdId, outcome: 'completed', ...answers }),
    ).toMatchObject({
      ok: false,
      message: 'surveys.errors.alreadyAnswered',
    });
    const issued = await run('survey.issueCodes', organizer, { surveyId, file: csvFile(registerCsv) });
    const codes = (issued as { data: { issued: { identifier: string; code: string; community: string }[] } }).data.issued;
    expect(codes).toHaveLength(20); // every sampled household in the file, including the one already answered
    const online = (code: string) =>
      writeTx((tx) =>
        submitOnline(tx, {
          surveyId,
          code,
          answers: { service: 5, response: 5, environment: 5, safety: 5, openness: 5 },
          comment: '',
          at: new Date(),
        }),
      );
    let refusedOnce = 0;
    let accepted = 0;
    for (const { code } of codes) {
      try {
        online(code);
        accepted++;
      } catch (error) {
        expect((error as Error).message).toBe('surveys.errors.alreadyAnswered');
        refusedOnce++;
      }
    }
    expect({ accepted, refusedOnce }).toEqual({ accepted: 19, refusedOnce: 1 });
    expect(() => online(codes[0]!.code)).toThrow('surveys.errors.alreadyAnswered');
    expect(() => online('ZZZZZZZZZZZZ')).toThrow('surveys.errors.unknownCode');
    expect(db().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).all()).toHaveLength(20);
  });

  it('computes stars that recompute from the stored inputs, and publishes them', async () => {
    expect(await run('ratings.compute', organizer, { surveyId })).toMatchObject({ ok: false, message: 'ratings.errors.surveyNotClosed' });
    expect(await run('survey.status', organizer, { surveyId, status: 'closed' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: ['field.confirmRequired'] },
    });
    expect(await run('survey.status', organizer, { surveyId, status: 'closed', confirmed: 'yes' })).toMatchObject({ ok: true });
    // Community A's requests in 2026: both handled, one on time; rated 5 and 3 → on time 50%, satisfaction 4.
    const category = db()
      .insert(requestCategories)
      .values({ code: 'stairs', nameZh: '楼道', nameEn: 'Stairs', resolveDays: 5 })
      .returning()
      .get();
    const at = (iso: string) => new Date(`${iso}+08:00`);
    const base = { categoryId: category.id, communityId: a.id, description: 'x', channel: 'online' as const, status: 'confirmed' as const };
    const due = { respondBy: at('2026-03-02T18:00:00'), resolveBy: at('2026-03-08T18:00:00'), createdAt: at('2026-03-01T09:00:00') };
    db()
      .insert(requests)
      .values([
        { ...base, ...due, number: 'S-1', resolvedAt: at('2026-03-05T10:00:00'), satisfaction: 5 },
        { ...base, ...due, number: 'S-2', resolvedAt: at('2026-03-10T10:00:00'), satisfaction: 3 },
      ])
      .run();
    expect(await run('ratings.compute', organizer, { surveyId })).toMatchObject({ ok: true, data: { communities: 2 } });
    const rows = db().select().from(communityRatings).where(eq(communityRatings.surveyId, surveyId)).all();
    const formula = { weights: { survey: 0.6, onTime: 0.2, satisfaction: 0.2 }, thresholds: [90, 80, 70, 60], minResponses: 10 } as Formula;
    for (const r of rows) {
      const inputs = r.inputs as RatingInputs;
      expect(inputs.responses).toBe(10);
      expect(r.stars).toBe(rate(inputs, formula).stars);
    }
    // Community A: one phone answer (5,4,4,5,3 → (100+75+75+100+50)/5 = 80) and nine online all-5s (100): mean 98;
    // 0.6 × 98 + 0.2 × 50 + 0.2 × ((4 − 1) × 25 = 75) = 58.8 + 10 + 15 = 83.8 → 4★.
    expect(rows.find((r) => r.communityId === a.id)).toMatchObject({
      stars: 4,
      score: 83.8,
      inputs: { surveyMean: 98, onTimeRate: 0.5, avgSatisfaction: 4 },
    });
    // Community B: ten online answers of all 5s, no requests → survey mean 100 alone → 5★.
    expect(rows.find((r) => r.communityId === b.id)).toMatchObject({ stars: 5, score: 100 });
    expect(await run('ratings.publish', makeActor('organizer', streets()[0]!.id), { surveyId, confirmed: 'yes' })).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(await run('ratings.publish', organizer, { surveyId })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: ['field.confirmRequired'] },
    });
    expect(await run('ratings.publish', organizer, { surveyId, confirmed: 'yes' })).toMatchObject({ ok: true });
    expect(await run('ratings.compute', organizer, { surveyId })).toMatchObject({ ok: false, message: 'ratings.errors.alreadyPublished' });
  });
});
