import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { backupDatabase } from '@/db/backup';
import { limitsDb, limitsPath } from '@/db/limits';
import { encryptBallot } from '@/lib/belenios/ballot';
import { databasePath } from '@/lib/env';
import { encryptedSelection } from '@/tests/unit/election-fixtures';
import { seedDistrict } from '@/tests/unit/fixtures';
import { DURING } from '@/tests/unit/selection-fixtures';
import { replayCommits, walFrames } from '@/tests/unit/wal-frames';
import { castEncrypted } from './casting';
import { closeElectionPool } from './pool';
import { electionContext } from './store';
import { encryptedBallots } from '@/db/schema';

const YEAR = 2083;
const file = databasePath();
let fixture: ReturnType<typeof encryptedSelection>;
const secrets: string[] = [];
const cast: { code: string; candidateIds: number[] }[] = [];

beforeAll(async () => {
  await seedDistrict();
  fixture = encryptedSelection(YEAR, { codeCount: 6 });
  // Keep every frame in the WAL from here on, as a file reader would find them between checkpoints.
  db().$client.pragma('wal_autocheckpoint = 0');
  db().$client.pragma('wal_checkpoint(TRUNCATE)');
  const ctx = electionContext(fixture.election);
  const ids = fixture.election.answerIds!;
  const picks = [[0, 2], [1], [3, 4, 5], [2, 5], [0]];
  for (const [n, pick] of picks.entries()) {
    const code = fixture.codes[n]!;
    const candidateIds = pick.map((i) => ids[i]!);
    cast.push({ code, candidateIds });
    secrets.push(code, code.replace(/-/g, ''));
    if (n % 2 === 0) {
      const sealed = encryptBallot(ctx, code, [ids.map((_, i) => (pick.includes(i) ? 1 : 0))]);
      secrets.push(...sealed.secrets.randomness.flat());
      expect(await castEncrypted(db(), { year: YEAR, ballot: sealed.ballot, origin: 'device' }, DURING)).toMatchObject({ ok: true });
    } else {
      // Typed in lower case, as a resident without JavaScript might.
      expect(await castEncrypted(db(), { year: YEAR, code: code.toLowerCase(), candidateIds }, DURING)).toMatchObject({ ok: true });
    }
  }
  // A whole ceremony and a pool of ballot checkers: slow on a loaded machine.
}, 120_000);
afterAll(() => closeElectionPool(fixture.election.id));

describe('what a reader of the server’s files gets', () => {
  it('replaying the WAL commit by commit recovers no choice, no code and no per-candidate count', () => {
    const { frames } = walFrames(`${file}-wal`);
    const commits = [...replayCommits(file, `${file}-wal`)];
    expect(frames.length).toBeGreaterThan(5);
    expect(commits.length).toBeGreaterThanOrEqual(5);
    // No private code, in any form, nor a device ballot's randomness, in any frame.
    const walBytes = Buffer.concat(frames.map((f) => f.data));
    for (const s of secrets) expect(walBytes.includes(Buffer.from(s)), s).toBe(false);
    const boxSizes: number[] = [];
    for (const [i, image] of commits.entries()) {
      const snapshot = path.join(path.dirname(file), `replay-${process.pid}-${i}.db`);
      fs.writeFileSync(snapshot, image);
      const reader = new Database(snapshot, { readonly: true });
      try {
        const selectionId = fixture.selection.id;
        expect(
          reader
            .prepare('select count(*) from ballot_choices c join ballots b on b.id = c.ballot_id where b.selection_id = ?')
            .pluck()
            .get(selectionId),
        ).toBe(0);
        expect(reader.prepare('select count(*) from ballots where selection_id = ?').pluck().get(selectionId)).toBe(0);
        expect(reader.prepare('select coalesce(sum(votes), 0) from candidates where selection_id = ?').pluck().get(selectionId)).toBe(0);
        expect(reader.prepare('select count(*) from receipts where selection_id = ?').pluck().get(selectionId)).toBe(0);
        boxSizes.push(
          reader.prepare('select count(*) from encrypted_ballots where election_id = ?').pluck().get(fixture.election.id) as number,
        );
        // The ballot box row holds only what the published ballot carries: its public credential and tracker.
        const columns = (reader.prepare('pragma table_info(encrypted_ballots)').all() as { name: string }[]).map((c) => c.name).sort();
        expect(columns).toEqual(['credential', 'election_id', 'origin', 'seq', 'tracker']);
        // The codes table knows a code only by its public credential, with no time of use.
        const codeColumns = (reader.prepare('pragma table_info(ballot_codes)').all() as { name: string }[]).map((c) => c.name);
        for (const c of codeColumns) expect(c).not.toMatch(/time|_at$|ballot|tracker|seq/);
      } finally {
        reader.close();
        fs.rmSync(snapshot);
      }
    }
    // The replay did see the casts: the box grew to all five ballots.
    expect(boxSizes.at(-1)).toBe(5);
    expect(db().select().from(encryptedBallots).where(eq(encryptedBallots.electionId, fixture.election.id)).all()).toHaveLength(5);
  });

  it('the database, its WAL, the limits file and backups are readable by their owner only', async () => {
    limitsDb().prepare('select 1').get();
    const backup = path.join(path.dirname(file), `backup-${process.pid}.db`);
    await backupDatabase(file, backup);
    const mode = (f: string) => (fs.statSync(f).mode & 0o777).toString(8);
    for (const f of [file, `${file}-wal`, `${file}-shm`, limitsPath(), backup]) expect(mode(f), f).toBe('600');
    fs.rmSync(backup);
  });
});
