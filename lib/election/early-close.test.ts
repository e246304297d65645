process.env.AUTH_SECRET ??= 'a-test-secret-that-is-long-enough-0123456789';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { auditLog, ballotCodes, selections, staff } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { encryptBallot } from '@/lib/belenios/ballot';
import { publicCredential } from '@/lib/belenios/credentials';
import { loadElection } from '@/lib/belenios/election';
import { verifyArchive } from '@/lib/belenios/verify';
import zh from '@/lib/i18n/messages/zh-CN.json';
import { commands as closeCommands } from '@/lib/selection/close-commands';
import { deviceCommands } from '@/lib/selection/device-vote-commands';
import { makeActor, requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { archiveBytes, electionRow, encryptedSelection } from '@/tests/unit/election-fixtures';
import { DURING } from '@/tests/unit/selection-fixtures';
import { closeElectionPool } from './pool';
import { countBallots } from './store';

let v: ReturnType<typeof encryptedSelection>;

beforeAll(async () => {
  await seedDistrict();
  db().update(staff).set({ disabled: true }).where(eq(staff.role, 'organizer')).run();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DURING);
  v = encryptedSelection(2301, { codeCount: 4 });
  // A whole ceremony and a pool of ballot checkers: slow on a loaded machine.
}, 120_000);
afterAll(async () => {
  vi.useRealTimers();
  await closeElectionPool(v.election.id);
});

const codeStatus = (code: string) =>
  db()
    .select({ status: ballotCodes.status })
    .from(ballotCodes)
    .where(and(eq(ballotCodes.selectionId, v.selection.id), eq(ballotCodes.codeHash, publicCredential(ctx().election.uuid, code))))
    .get()?.status;
const ctx = () => loadElection(electionRow(v.election.id).electionRaw!);
const sealed = (code: string, choice: number[]) => encryptBallot(ctx(), code, [choice]).ballot;
const cast = (ballot: string) => runAction(deviceCommands.castDeviceBallot, requestFacts(null), { year: 2301, ballot });

describe('ending an encrypted vote early closes its ballot box', () => {
  it('the second organizer’s confirmation writes EndBallots and the encrypted tally; a ballot sent afterwards is refused in plain words', async () => {
    const first = makeActor('organizer');
    const second = makeActor('organizer');
    expect(await cast(sealed(v.codes[0]!, [1, 0, 0, 0, 0, 0]))).toMatchObject({ ok: true });

    const end = { id: v.selection.id, reason: '发现投票码大量泄露，需要停止投票。', confirmed: 'yes' };
    expect(await runAction(closeCommands.endVotingEarly, requestFacts(first), end)).toMatchObject({ ok: true, data: { closed: false } });
    // Until the second organizer confirms, the vote and the box stay open.
    expect(electionRow(v.election.id).phase).toBe('frozen');
    expect(await cast(sealed(v.codes[1]!, [0, 1, 1, 0, 0, 0]))).toMatchObject({ ok: true });

    // Sealed before the close, sent after it: the device already made it, the voter presses confirm too late.
    const late = sealed(v.codes[2]!, [0, 0, 0, 1, 0, 0]);
    expect(await runAction(closeCommands.confirmEndVotingEarly, requestFacts(second), { id: v.selection.id, confirmed: 'yes' })).toEqual({
      ok: true,
      data: { id: v.selection.id, closed: true, boxClosed: true },
    });
    const election = electionRow(v.election.id);
    expect(election).toMatchObject({ phase: 'closed', numTallied: 2 });
    expect(db().select().from(selections).where(eq(selections.id, v.selection.id)).get()).toMatchObject({
      stage: 'counting',
      votingClosesAt: DURING,
    });
    const audit = db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'election'), eq(auditLog.entityId, String(v.election.id))))
      .orderBy(desc(auditLog.id))
      .get();
    expect(audit).toMatchObject({ actorId: second.id, after: { phase: 'closed', ballots: 2, endedEarly: true } });

    const refused = await cast(late);
    expect(refused).toEqual({ ok: false, message: 'vote.refusals.closed' });
    expect(zh.vote.refusals.closed).toBe('投票已经截止，选票没有计入。');
    expect(countBallots(db(), v.election.id)).toBe(2);
    expect(codeStatus(v.codes[2]!)).toBe('unused');
    expect(codeStatus(v.codes[1]!)).toBe('used');

    // The public record ends the vote where the box closed: anyone can see no ballot came after.
    const report = await verifyArchive(await archiveBytes(v.election.id, false), { forbidRevotes: true });
    expect(report).toMatchObject({ ok: true, phase: 'tallied', ballots: 2, tallied: 2 });
  });

  it('a plain selection’s early end has no ballot box to close', async () => {
    const organizer = makeActor('organizer');
    db().update(staff).set({ disabled: true }).where(eq(staff.role, 'organizer')).run();
    db().update(staff).set({ disabled: false }).where(eq(staff.id, organizer.id)).run();
    const plain = db()
      .insert(selections)
      .values({
        year: 2302,
        title: '2302 测试',
        stage: 'voting',
        votingOpensAt: new Date(DURING.getTime() - 3_600_000),
        votingClosesAt: new Date(DURING.getTime() + 3_600_000),
      })
      .returning()
      .get();
    const end = { id: plain.id, reason: '投票点发生火灾，需要停止投票。', confirmed: 'yes' };
    expect(await runAction(closeCommands.endVotingEarly, requestFacts(organizer), end)).toEqual({
      ok: true,
      data: { id: plain.id, closed: true },
    });
  });
});
