import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { encryptBallot } from '@/lib/belenios/ballot';
import { guardianPartialDecryption } from '@/lib/belenios/guardian';
import { encode } from '@/lib/belenios/json';
import { partialDecryptionCodec } from '@/lib/belenios/types';
import { verifyArchive } from '@/lib/belenios/verify';
import { closeElectionPool } from '@/lib/election/pool';
import { electionContext, encryptedTallyOf, guardiansOf, trusteesOf } from '@/lib/election/store';
import { submitPartialDecryption } from '@/lib/election/tally';
import { archiveBytes, electionRow } from '@/tests/unit/election-fixtures';
import { encryptedCall } from '@/tests/unit/call-fixtures';
import { requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { commands as publicCommands } from './public-commands';
import { residentsTally } from './residents-election';
import { commands as voteCommands } from './vote-commands';

const SIRONA = createRequire(import.meta.url).resolve('sirona/dist/cli/sirona.js');
// Budget 1,000,000 yuan, up to 2 projects: 600k + 300k fits, 600k + 500k does not.
const COSTS = [600_000, 300_000, 500_000, 100_000];
let fixture: Awaited<ReturnType<typeof encryptedCall>>;

beforeAll(async () => {
  await seedDistrict();
  fixture = await encryptedCall(2041, COSTS, { codes: 20 });
}, 120_000);
afterAll(() => closeElectionPool(fixture.election.id));

const cast = (fields: Record<string, unknown>) =>
  runAction(publicCommands.castBallot, requestFacts(null), { callId: fixture.call.id, ...fields });
const changes = () => (db().$client.prepare('select total_changes() as n').get() as { n: number }).n;
const box = () => db().select().from(s.encryptedBallots).where(eq(s.encryptedBallots.electionId, fixture.election.id)).all();
const sealed = (code: string, picks: number[]) =>
  encryptBallot(electionContext(fixture.election), code, [fixture.election.answerIds!.map((id) => (picks.includes(id) ? 1 : 0))]);

describe("a residents' call voted with encrypted ballots", () => {
  it('froze the ballot into the election as voting opened: every feasible project, 1..K', async () => {
    expect(fixture.election.phase).toBe('frozen');
    expect(fixture.election.answerIds).toEqual(fixture.ids);
    const question = electionContext(fixture.election).election.questions[0]!;
    expect([question.min, question.max, question.answers.length]).toEqual([1, 2, 4]);
    expect(await verifyArchive(await archiveBytes(fixture.election.id))).toMatchObject({ ok: true, phase: 'voting', ballots: 0 });
  });

  it('casts a device ballot and a server-sealed one; one code, one ballot; over budget and bad codes store nothing', async () => {
    const [a, b, c] = fixture.codes;
    const [p1, p2, p3, p4] = fixture.ids;
    const device = sealed(a!, [p1!, p2!]);
    expect(await cast({ ballot: device.ballot })).toEqual({ ok: true, data: { tracker: device.tracker } });
    expect(await cast({ ballot: sealed(a!, [p4!]).ballot })).toMatchObject({ ok: false, message: 'vote.refusals.usedCode' });
    expect(await cast({ code: b!.toLowerCase(), 'choice[]': [String(p2), String(p4)] })).toMatchObject({ ok: true });

    const before = changes();
    expect(await cast({ code: c!, 'choice[]': [String(p1), String(p3)] })).toEqual({
      ok: false,
      message: 'projects.ballot.problems.overBudget',
    });
    expect(await cast({ code: c!, 'choice[]': [String(p1), String(p2), String(p4)] })).toMatchObject({
      message: 'projects.ballot.problems.tooMany',
    });
    expect(await cast({ code: c!, 'choice[]': [] })).toMatchObject({ message: 'projects.ballot.problems.empty' });
    expect(await cast({ code: 'AAAA-BBBB-CCCC', 'choice[]': [String(p4)] })).toMatchObject({ message: 'vote.refusals.unknownCode' });
    expect(await cast({ ballot: '{"not":"a ballot"}' })).toMatchObject({ ok: false });
    expect(changes()).toBe(before);
    expect(
      box()
        .map((r) => r.origin)
        .sort(),
    ).toEqual(['device', 'server']);
  });

  it('burns a code once under a race of simultaneous casts', async () => {
    const code = fixture.codes[3]!;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        cast(i % 2 ? { code, 'choice[]': [String(fixture.ids[3])] } : { ballot: sealed(code, [fixture.ids[1]!]).ballot }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.message === 'vote.refusals.usedCode')).toBe(true);
    const used = db()
      .select()
      .from(s.callCredentials)
      .where(and(eq(s.callCredentials.callId, fixture.call.id), eq(s.callCredentials.status, 'used')))
      .all();
    expect(used).toHaveLength(3);
    expect(box()).toHaveLength(3);
  });

  it('closes, takes k partial decryptions, and publishes the adopted list with the counts; the archive verifies', async () => {
    const organizer = requestFacts(fixture.organizer);
    const [p1, p2, p3, p4] = fixture.ids;
    // One more ballot (p1 alone) so the counts differ: p1 2, p2 2 or 3, p4 1 or 2.
    expect(await cast({ code: fixture.codes[4]!, 'choice[]': [String(p1)] })).toMatchObject({ ok: true });
    expect(await runAction(voteCommands.decide, organizer, { id: fixture.call.id })).toMatchObject({
      message: 'projects.errors.tallyNotReady',
    });
    expect(await runAction(voteCommands.closeBallotBox, organizer, { id: fixture.call.id })).toEqual({
      ok: true,
      data: { callId: fixture.call.id, ballots: 4 },
    });
    expect(await cast({ code: fixture.codes[5]!, 'choice[]': [String(p4)] })).toMatchObject({ message: 'projects.errors.wrongStage' });

    const election = electionRow(fixture.election.id);
    const guardians = guardiansOf(db(), election.id);
    const pd = (i: number) =>
      encode(
        partialDecryptionCodec,
        guardianPartialDecryption(fixture.keyFiles[i]!, electionContext(election), trusteesOf(election), encryptedTallyOf(election))
          .partialDecryption,
      );
    expect(submitPartialDecryption(db(), guardians[0]!.id, pd(0))).toMatchObject({ ok: true, decrypted: false });
    expect(db().transaction((tx) => residentsTally(tx, fixture.call.id))).toBeNull();
    expect(submitPartialDecryption(db(), guardians[2]!.id, pd(2))).toMatchObject({ ok: true, decrypted: true });

    const raced = box().length - 3; // the race's winner chose p2 (device) or p4 (server)
    expect(raced).toBe(1);
    const tally = db().transaction((tx) => residentsTally(tx, fixture.call.id))!;
    expect(tally.get(p1!)).toBe(2);
    expect(tally.get(p3!)).toBe(0);
    expect(tally.get(p2!)! + tally.get(p4!)!).toBe(4);

    expect(await runAction(voteCommands.decide, organizer, { id: fixture.call.id })).toMatchObject({ ok: true });
    const results = db()
      .select()
      .from(s.callResults)
      .where(eq(s.callResults.callId, fixture.call.id))
      .orderBy(s.callResults.position)
      .all();
    expect(results.map((r) => [r.proposalId, r.votes])).toEqual(
      [...tally].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([id, votes]) => [id, votes]),
    );
    const adopted = results.filter((r) => r.outcome === 'adopted').map((r) => COSTS[fixture.ids.indexOf(r.proposalId)]!);
    expect(adopted.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(1_000_000);
    expect(results.find((r) => r.proposalId === p3)!.outcome).toBe('no_votes');

    // Published: the partial decryptions and result are public, and both verifiers accept the archive.
    const bytes = await archiveBytes(election.id, false);
    expect(await verifyArchive(bytes, { forbidRevotes: true })).toMatchObject({ ok: true, phase: 'published', ballots: 4 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sirona-call-'));
    try {
      fs.writeFileSync(path.join(dir, `${election.uuid}.bel`), bytes);
      const theirs = spawnSync(process.execPath, [SIRONA, 'election', 'verify'], { cwd: dir, encoding: 'utf8', timeout: 240_000 });
      expect(theirs.status, theirs.stderr + theirs.stdout).toBe(0);
      // And the command line verifier residents are pointed to (`npm run cli -- verify`).
      const cli = spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/cli.ts', 'verify', path.join(dir, `${election.uuid}.bel`), '--forbid-revotes'],
        {
          encoding: 'utf8',
          timeout: 240_000,
        },
      );
      expect(cli.status, cli.stderr + cli.stdout).toBe(0);
      expect(cli.stdout).toContain('Phase: published; 4 ballots');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
