import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { ballotChoices, ballotCodes, candidates, encryptedBallots, selections } from '@/db/schema';
import { encryptBallot } from '@/lib/belenios/ballot';
import { guardianPartialDecryption } from '@/lib/belenios/guardian';
import { encode } from '@/lib/belenios/json';
import { partialDecryptionCodec } from '@/lib/belenios/types';
import { verifyArchive } from '@/lib/belenios/verify';
import { seedDistrict } from '@/tests/unit/fixtures';
import { archiveBytes, electionRow, encryptedSelection } from '@/tests/unit/election-fixtures';
import { CLOSES, DURING } from '@/tests/unit/selection-fixtures';
import { castEncrypted } from './casting';
import { closeElectionPool } from './pool';
import { electionContext, encryptedTallyOf, guardiansOf, trusteesOf } from './store';
import { closeBallotBox, submitPartialDecryption } from './tally';

const AFTER = new Date(CLOSES.getTime() + 60_000);
let fixture: ReturnType<typeof encryptedSelection>;

beforeAll(async () => {
  await seedDistrict();
  fixture = encryptedSelection(2081, { codeCount: 6 });
});
afterAll(() => closeElectionPool(fixture.election.id));

describe('an encrypted selection from setup to result', () => {
  it('the setup is frozen into the Setup event, with the candidates in ballot order', async () => {
    expect(fixture.election.phase).toBe('frozen');
    expect(fixture.election.answerIds).toHaveLength(6);
    const report = await verifyArchive(await archiveBytes(fixture.election.id));
    expect(report).toMatchObject({ ok: true, phase: 'voting', ballots: 0 });
  });

  it('casts from the device and on the voter’s behalf; one code, one ballot; bad ballots are refused', async () => {
    const ctx = electionContext(fixture.election);
    const [a, b, c] = fixture.codes;
    const ids = fixture.election.answerIds!;
    const device = encryptBallot(ctx, a!, [[1, 0, 1, 0, 0, 0]]);
    expect(await castEncrypted(db(), { year: 2081, ballot: device.ballot, origin: 'device' }, DURING)).toEqual({
      ok: true,
      trackingCode: device.tracker,
    });
    // The same code again, even with a new ballot: refused.
    const again = encryptBallot(ctx, a!, [[0, 1, 0, 0, 0, 0]]);
    expect(await castEncrypted(db(), { year: 2081, ballot: again.ballot, origin: 'device' }, DURING)).toEqual({
      ok: false,
      reason: 'usedCode',
    });
    const server = await castEncrypted(
      db(),
      { year: 2081, code: b!.toLowerCase().replace(/-/g, ''), candidateIds: [ids[0]!, ids[3]!] },
      DURING,
    );
    expect(server).toMatchObject({ ok: true });
    // A ballot whose overall proof is altered (and signed again by its voter) is refused.
    const bad = JSON.parse(encryptBallot(ctx, c!, [[0, 0, 0, 0, 0, 1]]).ballot) as { answers: { overall_proof: { response: string }[] }[] };
    bad.answers[0]!.overall_proof[0]!.response = '1';
    expect(await castEncrypted(db(), { year: 2081, ballot: JSON.stringify(bad), origin: 'device' }, DURING)).toEqual({
      ok: false,
      reason: 'badBallot',
    });
    expect(await castEncrypted(db(), { year: 2081, code: c!, candidateIds: [ids[0]!, ids[1]!, ids[2]!, ids[3]!] }, DURING)).toEqual({
      ok: false,
      reason: 'tooMany',
    });
    expect(await castEncrypted(db(), { year: 2081, code: c!, candidateIds: [ids[0]!] }, AFTER)).toEqual({ ok: false, reason: 'closed' });

    const box = db().select().from(encryptedBallots).where(eq(encryptedBallots.electionId, fixture.election.id)).all();
    expect(box.map((r) => r.origin).sort()).toEqual(['device', 'server']);
    expect(db().select().from(selections).where(eq(selections.id, fixture.selection.id)).get()!.ballotsCast).toBe(2);
    expect(
      db()
        .select()
        .from(ballotCodes)
        .where(eq(ballotCodes.selectionId, fixture.selection.id))
        .all()
        .filter((r) => r.status === 'used'),
    ).toHaveLength(2);
    // No plain choice and no per-candidate counter exists for it.
    expect(
      db()
        .select({ n: sql<number>`count(*)` })
        .from(ballotChoices)
        .get()!.n,
    ).toBe(0);
    expect(
      db()
        .select()
        .from(candidates)
        .where(eq(candidates.selectionId, fixture.selection.id))
        .all()
        .every((r) => r.votes === 0),
    ).toBe(true);
    const report = await verifyArchive(await archiveBytes(fixture.election.id), { forbidRevotes: true });
    expect(report).toMatchObject({ ok: true, phase: 'voting', ballots: 2 });
  });

  it('closes the box, takes k partial decryptions and writes a result every verifier accepts', async () => {
    expect(await closeBallotBox(db(), fixture.selection.id, DURING)).toEqual({ ok: false, reason: 'stillOpen' });
    expect(await closeBallotBox(db(), fixture.selection.id, AFTER)).toEqual({ ok: true, ballots: 2 });
    expect(await closeBallotBox(db(), fixture.selection.id, AFTER)).toEqual({ ok: false, reason: 'alreadyClosed' });
    const election = electionRow(fixture.election.id);
    const ctx = electionContext(election);
    const guardians = guardiansOf(db(), election.id);
    const pdOf = (i: number) =>
      encode(
        partialDecryptionCodec,
        guardianPartialDecryption(fixture.keyFiles[i]!, ctx, trusteesOf(election), encryptedTallyOf(election)).partialDecryption,
      );
    // Guardian 2's share uploaded under guardian 1's link does not pass.
    expect(submitPartialDecryption(db(), guardians[0]!.id, pdOf(1))).toMatchObject({ ok: false, reason: 'badProof' });
    expect(submitPartialDecryption(db(), guardians[0]!.id, pdOf(0))).toEqual({ ok: true, decrypted: false, received: 1, needed: 2 });
    expect(submitPartialDecryption(db(), guardians[0]!.id, pdOf(0))).toEqual({ ok: false, reason: 'wrongStep' });
    // Before the k-th share the public archive holds no partial decryption.
    expect((await verifyArchive(await archiveBytes(election.id, false))).partialDecryptions).toEqual([]);
    expect(submitPartialDecryption(db(), guardians[2]!.id, pdOf(2))).toEqual({ ok: true, decrypted: true, received: 2, needed: 2 });
    const done = electionRow(election.id);
    expect(done.phase).toBe('decrypted');
    // Candidates 0 and 2 from the device, 0 and 3 from the server.
    expect(done.result).toEqual([[2, 0, 1, 1, 0, 0]]);
    const report = await verifyArchive(await archiveBytes(election.id), { forbidRevotes: true });
    expect(report).toMatchObject({ ok: true, phase: 'published', ballots: 2, result: [[2, 0, 1, 1, 0, 0]] });
    expect(submitPartialDecryption(db(), guardians[1]!.id, pdOf(1))).toEqual({ ok: false, reason: 'wrongStep' });
  });
});
