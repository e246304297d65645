import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { addInspection, addMeeting, addRequest, addSurveyResponses, makeCycle } from '@/tests/unit/assessment-fixtures';
import { commands as cycleCommands } from './commands';
import { commands as outcomeCommands } from './outcome-commands';
import { loadCycle } from './compute';
import { traceIndicator } from './trace';
import type { IndicatorScore } from './scoring';

const commands = { ...cycleCommands, ...outcomeCommands };

let organizer: ReturnType<typeof makeActor>;
let community: s.Unit;
let official: { id: number; unitId: number };
let streetOfficial: { id: number };

const compute = (cycleId: number) => runAction(commands.compute, requestFacts(organizer), { cycleId: String(cycleId) });
const rowsOf = (snapshotId: number) =>
  db()
    .select()
    .from(s.officialScores)
    .where(eq(s.officialScores.snapshotId, snapshotId))
    .orderBy(s.officialScores.officialId)
    .all()
    .map(({ snapshotId: _id, ...row }) => row);

beforeAll(async () => {
  await seedDistrict();
  organizer = makeActor('organizer');
  const street = streets()[0]!;
  community = communitiesOf(street.id)[0]!;
  official = db().select().from(s.officials).where(eq(s.officials.unitId, community.id)).get()!;
  streetOfficial = db().select().from(s.officials).where(eq(s.officials.unitId, street.id)).get()!;
  const other = communitiesOf(street.id)[1]!;
  addSurveyResponses(community.id, 2026, [100, 75, 50, 75]); // mean 75, 4 responses
  addSurveyResponses(other.id, 2026, [50, 50]); // the street official also sees these: (300 + 100) / 6
  addSurveyResponses(community.id, 2025, [0]); // another year: not counted
  addMeeting(official.id, '2026-06-01', ['excellent', 'competent']); // 87.5 over 2 forms
  addMeeting(official.id, '2026-11-01', ['basic']); // 50 → all three forms: 75
  addInspection(official.id, community.id, organizer.id, '2026-04-01', 4);
  addInspection(official.id, community.id, organizer.id, '2026-05-01', 5); // mean 4.5 → 87.5
  addRequest(official.id, community.id, '2026-03-01', { resolvedDay: 2, satisfaction: 5 });
  addRequest(official.id, community.id, '2026-03-02', { resolvedDay: 9, satisfaction: 3 });
  addRequest(official.id, community.id, '2026-03-03'); // open: satisfaction 4 of 2 rated, on time 1 of 2 handled
});

describe('computeCycle through the compute action', () => {
  it('scores from every source and the drill-down records reproduce each raw value and the composite', async () => {
    const cycle = makeCycle();
    const result = await compute(cycle.id);
    expect(result).toMatchObject({ ok: true, data: { unchanged: false } });
    const snapshotId = (result as { data: { snapshotId: number } }).data.snapshotId;
    const row = db()
      .select()
      .from(s.officialScores)
      .where(and(eq(s.officialScores.snapshotId, snapshotId), eq(s.officialScores.officialId, official.id)))
      .get()!;
    const scores = row.indicatorScores as Record<string, IndicatorScore>;
    expect(scores.survey).toMatchObject({ raw: 75, n: 4 });
    expect(scores.review).toMatchObject({ raw: 75, n: 3 });
    expect(scores.inspection).toMatchObject({ raw: 4.5, normalized: 87.5, n: 2 });
    expect(scores.requests_satisfaction).toMatchObject({ raw: 4, normalized: 75, n: 2 });
    expect(scores.requests_on_time).toMatchObject({ raw: 50, normalized: 50 });
    // No ballot entry, no manual value: their 10% goes to the rest, in proportion (×100/90).
    expect(scores.selection).toBeUndefined();
    expect(scores.survey!.weight).toBe(33.33);
    expect(Object.values(scores).reduce((sum, i) => sum + Math.round(i.weighted * 100), 0) / 100).toBe(row.composite);

    const loaded = loadCycle(db(), cycle.id)!;
    for (const indicator of loaded.indicators) {
      const trace = traceIndicator(db(), cycle, { id: official.id, unitPath: community.path }, indicator);
      expect(trace.raw ?? undefined, indicator.code).toBe(scores[indicator.code]?.raw);
    }

    const street = db()
      .select()
      .from(s.officialScores)
      .where(and(eq(s.officialScores.snapshotId, snapshotId), eq(s.officialScores.officialId, streetOfficial.id)))
      .get()!;
    expect((street.indicatorScores as Record<string, IndicatorScore>).survey).toMatchObject({ raw: 400 / 6, n: 6 });
  });

  it('keeps the snapshot for identical inputs, and a later recompute of the same inputs gives identical rows and fingerprints', async () => {
    const cycle = makeCycle({ name: 'repeat' });
    const first = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number; fingerprint: string } };
    expect(await compute(cycle.id)).toMatchObject({ ok: true, data: { snapshotId: first.data.snapshotId, unchanged: true } });

    const item = db().insert(s.vetoItems).values({ cycleId: cycle.id, name: '重大安全事故' }).returning().get();
    const veto = db().insert(s.vetoes).values({ vetoItemId: item.id, officialId: official.id, reason: 'r' }).returning().get();
    const vetoed = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number; fingerprint: string } };
    expect(vetoed.data.fingerprint).not.toBe(first.data.fingerprint);
    db().delete(s.vetoes).where(eq(s.vetoes.id, veto.id)).run();
    const again = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number; fingerprint: string } };

    expect(again.data.snapshotId).not.toBe(first.data.snapshotId);
    expect(again.data.fingerprint).toBe(first.data.fingerprint);
    expect(rowsOf(again.data.snapshotId)).toEqual(rowsOf(first.data.snapshotId));
    const snapshots = db().select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.cycleId, cycle.id)).orderBy(s.scoreSnapshots.id).all();
    expect(snapshots.map((x) => x.current)).toEqual([false, false, true]);
    expect(snapshots[2]!.resultFingerprint).toBe(snapshots[0]!.resultFingerprint);
  });

  it('refuses a configuration whose weights do not sum to 100 and writes nothing', async () => {
    const cycle = makeCycle({ name: 'bad' }, [
      { code: 'survey', name: 's', weight: 90, source: 'residents_survey', metric: 'mean', normalization: { kind: 'identity' } },
    ]);
    expect(await compute(cycle.id)).toEqual({ ok: false, message: 'assessment.errors.configInvalid', fieldErrors: undefined });
    expect(db().select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.cycleId, cycle.id)).all()).toEqual([]);
  });
});

describe('outcomes and scope', () => {
  it('records an outcome only for an official with a result, and only within the actor’s units', async () => {
    const cycle = makeCycle({ name: 'outcomes' });
    const input = { cycleId: String(cycle.id), officialId: String(official.id), kind: 'commendation', decidedOn: '2027-01-15', note: '' };
    expect(await runAction(commands.recordOutcome, requestFacts(organizer), input)).toMatchObject({
      ok: false,
      message: 'assessment.errors.noResult',
    });
    await compute(cycle.id);
    expect(await runAction(commands.recordOutcome, requestFacts(organizer), input)).toMatchObject({ ok: true });

    const elsewhere = makeActor('organizer', streets()[1]!.id);
    const before = db().select().from(s.outcomes).all().length;
    expect(await runAction(commands.recordOutcome, requestFacts(elsewhere), input)).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(await runAction(commands.compute, requestFacts(elsewhere), { cycleId: String(cycle.id) })).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(db().select().from(s.outcomes).all().length).toBe(before);
  });

  it('corrects and withdraws an outcome, audited, within scope only, and a withdrawn one stays on record unchangeable', async () => {
    const cycle = makeCycle({ name: 'outcome corrections' });
    await compute(cycle.id);
    const as = (actor: typeof organizer) => requestFacts(actor);
    const recorded = (await runAction(commands.recordOutcome, as(organizer), {
      cycleId: String(cycle.id),
      officialId: String(official.id),
      kind: 'commendation',
      decidedOn: '2027-01-15',
      note: '通报表扬',
    })) as { ok: true; data: { id: number } };
    const id = String(recorded.data.id);
    const row = () => db().select().from(s.outcomes).where(eq(s.outcomes.id, recorded.data.id)).get()!;
    const audits = () =>
      db()
        .select()
        .from(s.auditLog)
        .where(and(eq(s.auditLog.entity, 'outcome'), eq(s.auditLog.entityId, id)))
        .orderBy(s.auditLog.id)
        .all();

    expect(
      await runAction(commands.updateOutcome, as(organizer), { id, kind: 'promotion', decidedOn: '2027-13-01', note: '' }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { decidedOn: ['field.date'] },
    });
    const elsewhere = makeActor('organizer', streets()[1]!.id);
    expect(
      await runAction(commands.updateOutcome, as(elsewhere), { id, kind: 'promotion', decidedOn: '2027-02-01', note: '' }),
    ).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(await runAction(commands.withdrawOutcome, as(elsewhere), { id, reason: '误录，需要撤销', confirmed: 'yes' })).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(row()).toMatchObject({ kind: 'commendation', decidedOn: '2027-01-15', withdrawnAt: null });

    expect(
      await runAction(commands.updateOutcome, as(organizer), { id, kind: 'promotion', decidedOn: '2027-02-01', note: '提拔为街道副主任' }),
    ).toMatchObject({ ok: true });
    expect(row()).toMatchObject({ kind: 'promotion', decidedOn: '2027-02-01', note: '提拔为街道副主任' });
    expect(audits().at(-1)).toMatchObject({
      action: 'assessment.outcomeUpdate',
      before: expect.objectContaining({ kind: 'commendation', decidedOn: '2027-01-15' }),
      after: expect.objectContaining({ kind: 'promotion', decidedOn: '2027-02-01' }),
    });

    expect(await runAction(commands.withdrawOutcome, as(organizer), { id, reason: '  ', confirmed: 'yes' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['field.reasonNeeded'] },
    });
    expect(await runAction(commands.withdrawOutcome, as(organizer), { id, reason: '任用程序未完成，撤回' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: ['field.confirmRequired'] },
    });
    expect(
      await runAction(commands.withdrawOutcome, as(organizer), { id, reason: '任用程序未完成，撤回', confirmed: 'yes' }),
    ).toMatchObject({ ok: true });
    expect(row()).toMatchObject({ withdrawnBy: organizer.id, withdrawReason: '任用程序未完成，撤回' });
    expect(row().withdrawnAt).toBeInstanceOf(Date);
    expect(audits().map((a) => a.action)).toEqual(['assessment.outcomeRecord', 'assessment.outcomeUpdate', 'assessment.outcomeWithdraw']);

    const last = audits().length;
    for (const attempt of [
      runAction(commands.updateOutcome, as(organizer), { id, kind: 'other', decidedOn: '2027-03-01', note: '' }),
      runAction(commands.withdrawOutcome, as(organizer), { id, reason: '再次撤销这一条', confirmed: 'yes' }),
    ])
      expect(await attempt).toMatchObject({ ok: false, message: 'assessment.errors.outcomeWithdrawn' });
    expect(row()).toMatchObject({ kind: 'promotion', withdrawReason: '任用程序未完成，撤回' });
    expect(audits()).toHaveLength(last);
    expect(
      await runAction(commands.withdrawOutcome, as(organizer), { id: '999999', reason: '不存在的记录', confirmed: 'yes' }),
    ).toMatchObject({
      ok: false,
      message: 'errors.notFound',
    });
  });

  it('refuses to publish a cycle that has no result yet', async () => {
    const cycle = makeCycle({ name: 'unpublished' });
    const publish = { cycleId: String(cycle.id), 'items[]': ['gradeDistribution'], confirm: 'yes' };
    expect(await runAction(commands.publish, requestFacts(organizer), publish)).toMatchObject({
      ok: false,
      message: 'assessment.errors.noResult',
    });
    await compute(cycle.id);
    expect(await runAction(commands.publish, requestFacts(organizer), publish)).toMatchObject({ ok: true });
    expect(db().select().from(s.assessmentCycles).where(eq(s.assessmentCycles.id, cycle.id)).get()!.publicItems).toEqual([
      'gradeDistribution',
    ]);
  });
});

describe('publication is pinned to a snapshot', () => {
  it('serves the published snapshot until an organizer publishes again, whatever is recomputed meanwhile', async () => {
    const { publishedAssessment } = await import('./public');
    const { publishedSnapshot } = await import('./queries');
    const cycle = makeCycle({ name: 'pinned', year: 2030 });
    const first = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number } };
    const publish = { cycleId: String(cycle.id), 'items[]': ['gradeDistribution', 'excellentList'], confirm: 'yes' };
    expect(await runAction(commands.publish, requestFacts(organizer), publish)).toMatchObject({ ok: true });
    const cycleRow = () => db().select().from(s.assessmentCycles).where(eq(s.assessmentCycles.id, cycle.id)).get()!;
    expect(cycleRow().publishedSnapshotId).toBe(first.data.snapshotId);
    const publicBefore = publishedAssessment(2030);
    expect(publicBefore[0]!.distribution!.incompetent).toBeLessThan(rowsOf(first.data.snapshotId).length);

    // New thresholds nobody reaches: the recompute grades everyone 不称职, in a new current snapshot.
    db()
      .update(s.assessmentCycles)
      .set({ gradeThresholds: { excellent: 100, competent: 99.99, basic: 99.98 } })
      .where(eq(s.assessmentCycles.id, cycle.id))
      .run();
    const second = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number; unchanged: boolean } };
    expect(second.data.unchanged).toBe(false);
    expect(rowsOf(second.data.snapshotId).every((r) => r.grade === 'incompetent')).toBe(true);
    expect(publishedAssessment(2030)).toEqual(publicBefore);
    expect(publishedSnapshot(cycleRow())!.id).toBe(first.data.snapshotId);

    expect(await runAction(commands.publish, requestFacts(organizer), publish)).toMatchObject({ ok: true });
    expect(cycleRow().publishedSnapshotId).toBe(second.data.snapshotId);
    const publicAfter = publishedAssessment(2030)[0]!;
    expect(publicAfter.distribution).toEqual({ excellent: 0, competent: 0, basic: 0, incompetent: rowsOf(second.data.snapshotId).length });
    expect(publicAfter.excellent).toEqual([]);
    const audits = db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, 'assessment_cycle'), eq(s.auditLog.action, 'assessment.publish')))
      .all();
    expect(audits.some((a) => (a.after as { publishedSnapshotId: number }).publishedSnapshotId === second.data.snapshotId)).toBe(true);

    // Withdrawing everything unpins it: nothing of this year is public any more.
    await runAction(commands.publish, requestFacts(organizer), { cycleId: String(cycle.id), confirm: 'yes' });
    expect(cycleRow().publishedSnapshotId).toBeNull();
    expect(publishedAssessment(2030)).toEqual([]);
  });
});

describe('score reads are scoped in the query', () => {
  it('gives unit staff only the officials of their own street, and an organizer all', async () => {
    const { scoreRows } = await import('./queries');
    const cycle = makeCycle({ name: 'scope' });
    const { data } = (await compute(cycle.id)) as { ok: true; data: { snapshotId: number } };
    const street = streets()[0]!;
    const own = scoreRows(makeActor('unit_staff', street.id), data.snapshotId);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.unitPath.startsWith(street.path))).toBe(true);
    const all = scoreRows(organizer, data.snapshotId);
    expect(all.length).toBeGreaterThan(own.length);
    expect(all.map((r) => r.officialId)).toEqual(expect.arrayContaining(own.map((r) => r.officialId)));
  });
});
