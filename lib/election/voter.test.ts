process.env.AUTH_SECRET ??= 'a-test-secret-that-is-long-enough-0123456789';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { runAction } from '@/lib/action/core';
import { encryptBallot } from '@/lib/belenios/ballot';
import { publicCredential } from '@/lib/belenios/credentials';
import { checkCode } from '@/lib/selection/code-check';
import { deviceCommands } from '@/lib/selection/device-vote-commands';
import { commands } from '@/lib/selection/vote-commands';
import { encryptedSelection } from '@/tests/unit/election-fixtures';
import { requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { DURING } from '@/tests/unit/selection-fixtures';
import { closeElectionPool } from './pool';
import { electionContext, findTracker } from './store';

vi.mock('@/lib/clock', () => ({ now: () => DURING }));

const YEAR = 2084;
let fixture: ReturnType<typeof encryptedSelection>;

beforeAll(async () => {
  await seedDistrict();
  fixture = encryptedSelection(YEAR, { codeCount: 6 });
  // A whole ceremony and a pool of ballot checkers: slow on a loaded machine.
}, 120_000);
afterAll(() => closeElectionPool(fixture.election.id));

describe('the voter’s steps in an encrypted selection', () => {
  it('a code is checked as typed (no JavaScript) or by the public credential the device sends', () => {
    const [code] = fixture.codes;
    const pub = publicCredential(fixture.election.uuid, code!);
    expect(checkCode(db(), YEAR, code!.toLowerCase().replace(/-/g, ' '), DURING)).toEqual({ ok: true, code });
    expect(checkCode(db(), YEAR, pub, DURING, false)).toEqual({ ok: true, code: pub });
    // The typed form of a public credential, or a credential sent as if public, is not a code.
    expect(checkCode(db(), YEAR, pub, DURING)).toEqual({ ok: false, reason: 'unknownCode' });
    expect(checkCode(db(), YEAR, code!, DURING, false)).toEqual({ ok: false, reason: 'unknownCode' });
    expect(checkCode(db(), YEAR, 'f'.repeat(64), DURING, false)).toEqual({ ok: false, reason: 'unknownCode' });
  });

  it('the device’s ballot is cast once, its receipt remembered; a wrong credential counts against the client', async () => {
    const ctx = electionContext(fixture.election);
    const code = fixture.codes[1]!;
    const facts = requestFacts(null);
    expect(
      await runAction(deviceCommands.checkCredential, facts, { year: YEAR, credential: publicCredential(fixture.election.uuid, code) }),
    ).toEqual({ ok: true, data: undefined });
    expect(await runAction(deviceCommands.checkCredential, facts, { year: YEAR, credential: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      message: 'vote.refusals.unknownCode',
    });
    const sealed = encryptBallot(ctx, code, [[0, 1, 0, 0, 1, 0]]);
    expect(await runAction(deviceCommands.castDeviceBallot, facts, { year: YEAR, ballot: sealed.ballot })).toEqual({
      ok: true,
      data: { trackingCode: sealed.tracker },
    });
    expect(findTracker(db(), fixture.election.id, sealed.tracker)).toEqual({ tracker: sealed.tracker, origin: 'device' });
    expect(await runAction(deviceCommands.castDeviceBallot, facts, { year: YEAR, ballot: sealed.ballot })).toMatchObject({
      ok: false,
      message: 'vote.refusals.usedCode',
    });
    expect(await runAction(deviceCommands.castDeviceBallot, facts, { year: YEAR, ballot: '{"not":"a ballot"}' })).toMatchObject({
      ok: false,
      message: 'vote.refusals.badBallot',
    });
  });

  it('POST /api/v1/ballots takes a sealed ballot, or plain choices that the server seals', async () => {
    const ctx = electionContext(fixture.election);
    const ids = fixture.election.answerIds!;
    const sealed = encryptBallot(ctx, fixture.codes[2]!, [[1, 0, 0, 0, 0, 0]]);
    expect(await runAction(commands.castOverApi, requestFacts(null), { selection: YEAR, ballot: sealed.ballot })).toEqual({
      ok: true,
      data: { trackingCode: sealed.tracker },
    });
    expect(findTracker(db(), fixture.election.id, sealed.tracker)?.origin).toBe('device');
    const plain = await runAction(commands.castOverApi, requestFacts(null), {
      selection: YEAR,
      code: fixture.codes[3]!,
      candidates: [ids[2]!],
    });
    expect(plain.ok).toBe(true);
    const tracker = (plain as { data: { trackingCode: string } }).data.trackingCode;
    expect(findTracker(db(), fixture.election.id, tracker)?.origin).toBe('server');
    expect(
      await runAction(commands.castOverApi, requestFacts(null), { selection: YEAR, code: fixture.codes[4]!, candidates: [99_999] }),
    ).toMatchObject({ ok: false, message: 'vote.refusals.notCandidate' });
  });
});
