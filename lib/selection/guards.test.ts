import { and, desc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { auditLog, ballotCodes, earlyClosures, nominations, officials, selections, staff } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { makeActor, requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { CLOSES, DURING, OPENS, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { commands as closeCommands } from './close-commands';
import { commands } from './commands';
import { commands as publishCommands } from './publish-commands';
import { stageMoveRefusal, votingEverOpened } from './stages';

const as = (actor: ReturnType<typeof makeActor>) => requestFacts(actor);
const stageOf = (id: number) => db().select().from(selections).where(eq(selections.id, id)).get()!;
const lastAudit = (action: string, entityId: number) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .get();
let year = 2200;

beforeEach(async () => {
  if (!db().select().from(staff).get()) await seedDistrict();
  db().update(staff).set({ disabled: true }).where(eq(staff.role, 'organizer')).run();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DURING);
});
afterEach(() => vi.useRealTimers());

function selectionAt(stage: 'nomination' | 'voting', opensAt = OPENS, closesAt = CLOSES) {
  return db()
    .insert(selections)
    .values({ year: ++year, title: `${year} 测试`, stage, votingOpensAt: opensAt, votingClosesAt: closesAt })
    .returning()
    .get();
}

describe('stage guards (pure)', () => {
  const window = { votingOpensAt: OPENS, votingClosesAt: CLOSES };
  const ready = { candidates: 3, undecidedNominations: 0, setupFrozen: true };
  it('voting needs every nomination decided, a candidate, and a window still ahead', () => {
    expect(stageMoveRefusal(window, 'voting', { ...ready, undecidedNominations: 2 }, DURING)).toBe('guards.errors.undecidedNominations');
    expect(stageMoveRefusal(window, 'voting', { ...ready, candidates: 0 }, DURING)).toBe('errors.noCandidates');
    expect(stageMoveRefusal(window, 'voting', ready, new Date(CLOSES.getTime() + 1))).toBe('guards.errors.windowPassed');
    expect(stageMoveRefusal(window, 'voting', ready, CLOSES)).toBe('guards.errors.windowPassed');
    expect(stageMoveRefusal(window, 'voting', ready, DURING)).toBeNull();
    expect(stageMoveRefusal(window, 'voting', { ...ready, setupFrozen: false }, DURING)).toBe('election.errors.setupNotFrozen');
  });
  it('counting only once voting has opened and its time is up', () => {
    expect(stageMoveRefusal(window, 'counting', ready, new Date(OPENS.getTime() - 1))).toBe('guards.errors.votingNotOpened');
    expect(stageMoveRefusal(window, 'counting', ready, OPENS)).toBe('guards.errors.votingStillOpen');
    expect(stageMoveRefusal(window, 'counting', ready, new Date(CLOSES.getTime() - 1))).toBe('guards.errors.votingStillOpen');
    expect(stageMoveRefusal(window, 'counting', ready, CLOSES)).toBeNull();
    expect(stageMoveRefusal(window, 'criteria', ready, DURING)).toBeNull();
  });
  it('a vote was ever open once its opening time came', () => {
    expect(votingEverOpened(window, new Date(OPENS.getTime() - 1))).toBe(false);
    expect(votingEverOpened(window, OPENS)).toBe(true);
    expect(votingEverOpened({ votingOpensAt: CLOSES, votingClosesAt: CLOSES }, DURING)).toBe(false);
  });
});

describe('moving stages', () => {
  it('is refused without the confirmation step, and changes nothing', async () => {
    const s = selectionAt('nomination');
    const result = await runAction(commands.setStage, as(makeActor('organizer')), { id: s.id, direction: 'next' });
    expect(result).toMatchObject({ ok: false, message: 'errors.invalid', fieldErrors: { confirmed: ['field.confirmRequired'] } });
    expect(stageOf(s.id).stage).toBe('nomination');
  });

  it('refuses voting while a nomination is undecided; once decided it moves, audited', async () => {
    const s = selectionAt('nomination');
    const official = db().select().from(officials).get()!;
    const nomination = db()
      .insert(nominations)
      .values({
        selectionId: s.id,
        officialId: official.id,
        nomineeName: official.name,
        nomineeUnit: '社区',
        reason: '一直在社区里为大家办实事。',
      })
      .returning()
      .get();
    const organizer = makeActor('organizer');
    const move = { id: s.id, direction: 'next', to: 'voting', confirmed: 'yes' };
    expect(await runAction(commands.setStage, as(organizer), move)).toMatchObject({
      ok: false,
      message: 'guards.errors.undecidedNominations',
    });
    expect(stageOf(s.id).stage).toBe('nomination');
    expect(await runAction(commands.decideNomination, as(organizer), { id: nomination.id, decision: 'approve', reason: '' })).toMatchObject(
      { ok: true },
    );
    expect(await runAction(commands.setStage, as(organizer), move)).toMatchObject({ ok: true, data: { stage: 'voting' } });
    expect(stageOf(s.id).stage).toBe('voting');
    expect(lastAudit('selection.stage', s.id)).toMatchObject({ actorId: organizer.id, after: { stage: 'voting' } });
  });

  it('refuses a move named for another stage (a page loaded before someone else moved it)', async () => {
    const s = selectionAt('nomination');
    const result = await runAction(commands.setStage, as(makeActor('organizer')), {
      id: s.id,
      direction: 'next',
      to: 'counting',
      confirmed: 'yes',
    });
    expect(result).toMatchObject({ ok: false, message: 'errors.stageMove' });
  });

  it('never counts a vote that has not opened, nor one still open: that is "end voting early"', async () => {
    const organizer = makeActor('organizer');
    const notYet = selectionAt('voting', new Date(DURING.getTime() + 86_400_000), CLOSES);
    const next = (sid: number) => ({ id: sid, direction: 'next', confirmed: 'yes' });
    expect(await runAction(commands.setStage, as(organizer), next(notYet.id))).toMatchObject({
      ok: false,
      message: 'guards.errors.votingNotOpened',
    });
    const open = selectionAt('voting');
    expect(await runAction(commands.setStage, as(organizer), next(open.id))).toMatchObject({
      ok: false,
      message: 'guards.errors.votingStillOpen',
    });
    expect([stageOf(notYet.id).stage, stageOf(open.id).stage]).toEqual(['voting', 'voting']);
    vi.setSystemTime(CLOSES);
    expect(await runAction(commands.setStage, as(organizer), next(open.id))).toMatchObject({ ok: true, data: { stage: 'counting' } });
  });

  it('does not publish a selection that reached counting before its vote opened', async () => {
    const s = db()
      .insert(selections)
      .values({
        year: ++year,
        title: '旧版直接计票',
        stage: 'counting',
        votingOpensAt: new Date(DURING.getTime() + 86_400_000),
        votingClosesAt: new Date(DURING.getTime() + 2 * 86_400_000),
      })
      .returning()
      .get();
    const result = await runAction(publishCommands.requestPublication, as(makeActor('organizer')), { id: s.id, confirmed: 'yes' });
    expect(result).toMatchObject({ ok: false, message: 'guards.errors.votingNotOpened' });
    expect(stageOf(s.id).stage).toBe('counting');
  });
});

describe('ending voting early', () => {
  const end = (sid: number, reason = '投票点发生火灾，需要停止投票。') => ({ id: sid, reason, confirmed: 'yes' });

  it('needs a reason and the confirmation step, and only while voting is open', async () => {
    const v = await votingSelection(++year, 3);
    const organizer = makeActor('organizer');
    expect(await runAction(closeCommands.endVotingEarly, as(organizer), { id: v.selection.id, confirmed: 'yes' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['field.reasonNeeded'] },
    });
    expect(await runAction(closeCommands.endVotingEarly, as(organizer), { id: v.selection.id, reason: '投票点发生火灾。' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: ['field.confirmRequired'] },
    });
    const later = selectionAt('voting', new Date(DURING.getTime() + 86_400_000), CLOSES);
    expect(await runAction(closeCommands.endVotingEarly, as(organizer), end(later.id))).toMatchObject({
      ok: false,
      message: 'guards.errors.notVoting',
    });
    expect(stageOf(v.selection.id)).toMatchObject({ stage: 'voting', votingClosesAt: CLOSES });
    expect(db().select().from(earlyClosures).where(eq(earlyClosures.selectionId, v.selection.id)).get()).toBeUndefined();
  });

  it('with one organizer, ends at once: closing time is now, ballots are refused, the reason is audited', async () => {
    const v = await votingSelection(++year, 3);
    const organizer = makeActor('organizer');
    expect(await runAction(closeCommands.endVotingEarly, as(organizer), end(v.selection.id))).toMatchObject({
      ok: true,
      data: { closed: true },
    });
    expect(stageOf(v.selection.id)).toMatchObject({ stage: 'counting', votingClosesAt: DURING });
    expect(castBallot(db(), { year, code: v.codes[0]!, candidateIds: [v.candidateIds[0]!] }, DURING)).toMatchObject({
      ok: false,
      reason: 'closed',
    });
    expect(
      db()
        .select()
        .from(ballotCodes)
        .where(eq(ballotCodes.selectionId, v.selection.id))
        .all()
        .every((c) => c.status === 'unused'),
    ).toBe(true);
    expect(db().select().from(earlyClosures).where(eq(earlyClosures.selectionId, v.selection.id)).get()).toMatchObject({
      reason: '投票点发生火灾，需要停止投票。',
      plannedClosesAt: CLOSES,
      requestedBy: organizer.id,
      confirmedBy: organizer.id,
      closedAt: DURING,
    });
    expect(lastAudit('selection.endEarly', v.selection.id)).toMatchObject({
      actorId: organizer.id,
      after: { stage: 'counting', reason: '投票点发生火灾，需要停止投票。' },
    });
  });

  it('with two organizers, the vote goes on until the second confirms; the first cannot confirm their own request', async () => {
    const v = await votingSelection(++year, 3);
    const first = makeActor('organizer');
    const second = makeActor('organizer');
    expect(await runAction(closeCommands.endVotingEarly, as(first), end(v.selection.id))).toMatchObject({
      ok: true,
      data: { closed: false },
    });
    expect(stageOf(v.selection.id).stage).toBe('voting');
    expect(castBallot(db(), { year, code: v.codes[0]!, candidateIds: [v.candidateIds[0]!] }, DURING).ok).toBe(true);
    expect(await runAction(closeCommands.endVotingEarly, as(second), end(v.selection.id))).toMatchObject({
      ok: false,
      message: 'guards.errors.earlyEndPending',
    });
    const ref = { id: v.selection.id, confirmed: 'yes' };
    expect(await runAction(closeCommands.confirmEndVotingEarly, as(first), ref)).toMatchObject({
      ok: false,
      message: 'guards.errors.secondOrganizerEnd',
    });
    expect(stageOf(v.selection.id).stage).toBe('voting');
    expect(await runAction(closeCommands.confirmEndVotingEarly, as(second), ref)).toMatchObject({ ok: true, data: { closed: true } });
    expect(stageOf(v.selection.id)).toMatchObject({ stage: 'counting', votingClosesAt: DURING });
    expect(lastAudit('selection.endEarlyConfirm', v.selection.id)).toMatchObject({
      actorId: second.id,
      after: { requestedBy: first.id, reason: '投票点发生火灾，需要停止投票。' },
    });
    expect(await runAction(closeCommands.confirmEndVotingEarly, as(second), ref)).toMatchObject({
      ok: false,
      message: 'guards.errors.noEarlyEndPending',
    });
  });

  it('a pending request can be withdrawn; the vote runs on to its closing time', async () => {
    const v = await votingSelection(++year, 3);
    const first = makeActor('organizer');
    makeActor('organizer');
    await runAction(closeCommands.endVotingEarly, as(first), end(v.selection.id));
    expect(await runAction(closeCommands.cancelEndVotingEarly, as(first), { id: v.selection.id, confirmed: 'yes' })).toMatchObject({
      ok: true,
    });
    expect(db().select().from(earlyClosures).where(eq(earlyClosures.selectionId, v.selection.id)).get()).toBeUndefined();
    expect(stageOf(v.selection.id)).toMatchObject({ stage: 'voting', votingClosesAt: CLOSES });
    expect(lastAudit('selection.endEarlyCancel', v.selection.id)).toMatchObject({ actorId: first.id });
  });
});

describe('revoking codes', () => {
  it('a batch is revoked only through the confirmation step', async () => {
    const v = await votingSelection(++year, 4);
    const organizer = makeActor('organizer');
    expect(await runAction(commands.revokeBatch, as(organizer), { batchId: v.batchId })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: ['field.confirmRequired'] },
    });
    const statuses = () =>
      db()
        .select()
        .from(ballotCodes)
        .where(eq(ballotCodes.batchId, v.batchId))
        .all()
        .map((c) => c.status);
    expect(statuses()).toEqual(['unused', 'unused', 'unused', 'unused']);
    expect(await runAction(commands.revokeBatch, as(organizer), { batchId: v.batchId, confirmed: 'yes' })).toMatchObject({
      ok: true,
      data: { revoked: 4 },
    });
    expect(statuses()).toEqual(['revoked', 'revoked', 'revoked', 'revoked']);
  });
});

describe('every irreversible step refuses a POST that skipped its confirmation step', () => {
  // Enough input for the schema to reach the confirmation field; nothing runs without it.
  const irreversible: [name: string, role: 'organizer' | 'admin', input: Record<string, string>][] = [
    ['selection.stage', 'organizer', { id: '1', direction: 'next' }],
    ['selection.publishRequest', 'organizer', { id: '1' }],
    ['selection.publishConfirm', 'organizer', { id: '1' }],
    ['selection.endEarly', 'organizer', { id: '1', reason: '投票点发生火灾。' }],
    ['selection.endEarlyConfirm', 'organizer', { id: '1' }],
    ['codes.revokeBatch', 'organizer', { batchId: '1' }],
    ['codes.revokeOne', 'organizer', { selectionId: '1', code: 'ABCD-EFGH-JKLM' }],
    ['staff.setDisabled', 'admin', { id: '1', disabled: 'true' }],
    ['assessment.outcomeWithdraw', 'organizer', { id: '1', reason: '任用程序未完成。' }],
    ['survey.reveal', 'organizer', { surveyId: '1' }],
    ['survey.status', 'organizer', { surveyId: '1', status: 'closed' }],
    ['ratings.publish', 'organizer', { surveyId: '1' }],
  ];
  it.each(irreversible)('%s', async (name, role, input) => {
    const { allActions } = await import('@/lib/commands');
    const before = db().select().from(auditLog).orderBy(desc(auditLog.id)).get()?.id;
    const result = await runAction(allActions[name]!, as(makeActor(role)), input);
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirmed: ['field.confirmRequired'] } });
    expect(db().select().from(auditLog).orderBy(desc(auditLog.id)).get()?.id).toBe(before);
  });
});
