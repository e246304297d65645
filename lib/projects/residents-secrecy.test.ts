import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { runAction } from '@/lib/action/core';
import { encryptBallot } from '@/lib/belenios/ballot';
import { databasePath } from '@/lib/env';
import { closeElectionPool } from '@/lib/election/pool';
import { electionContext } from '@/lib/election/store';
import { encryptedCall } from '@/tests/unit/call-fixtures';
import { requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { replayCommits, walFrames } from '@/tests/unit/wal-frames';
import { commands as publicCommands } from './public-commands';

const file = databasePath();
let fixture: Awaited<ReturnType<typeof encryptedCall>>;
const secrets: string[] = [];

beforeAll(async () => {
  await seedDistrict();
  fixture = await encryptedCall(2043, [400_000, 300_000, 200_000], { codes: 6 });
  // Keep every frame in the WAL from here on, as a file reader would find them between checkpoints.
  db().$client.pragma('wal_autocheckpoint = 0');
  db().$client.pragma('wal_checkpoint(TRUNCATE)');
  const ctx = electionContext(fixture.election);
  const ids = fixture.election.answerIds!;
  const picks = [[0, 2], [1], [1, 2], [0]];
  for (const [n, pick] of picks.entries()) {
    const code = fixture.codes[n]!;
    secrets.push(code, code.replace(/-/g, ''), code.toLowerCase());
    let fields: Record<string, unknown>;
    if (n % 2 === 0) {
      const sealed = encryptBallot(ctx, code, [ids.map((_, i) => (pick.includes(i) ? 1 : 0))]);
      secrets.push(...sealed.secrets.randomness.flat());
      fields = { ballot: sealed.ballot };
    } else {
      // Without JavaScript: the code and the plain choice go to the server, which seals them.
      fields = { code: code.toLowerCase(), 'choice[]': pick.map((i) => String(ids[i])) };
    }
    expect(await runAction(publicCommands.castBallot, requestFacts(null), { callId: fixture.call.id, ...fields })).toMatchObject({
      ok: true,
    });
  }
}, 120_000);
afterAll(() => closeElectionPool(fixture.election.id));

describe('what a reader of the server’s files gets from a call’s residents’ vote', () => {
  it('no code, no device randomness, no result row and no per-project count in the database file or any WAL commit', () => {
    const { frames } = walFrames(`${file}-wal`);
    const commits = [...replayCommits(file, `${file}-wal`)];
    expect(commits.length).toBeGreaterThanOrEqual(4);
    const bytes = Buffer.concat([fs.readFileSync(file), ...frames.map((f) => f.data)]);
    for (const s of secrets) expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    // What is public anyway is there: the bytes searched are the real ones.
    const credential = db().$client.prepare("select credential from call_credentials where status = 'used'").pluck().get() as string;
    expect(bytes.includes(Buffer.from(credential))).toBe(true);
    const boxSizes: number[] = [];
    for (const [i, image] of commits.entries()) {
      const snapshot = path.join(path.dirname(file), `call-replay-${process.pid}-${i}.db`);
      fs.writeFileSync(snapshot, image);
      const reader = new Database(snapshot, { readonly: true });
      try {
        expect(reader.prepare('select count(*) from call_results where call_id = ?').pluck().get(fixture.call.id)).toBe(0);
        expect(reader.prepare('select result from elections where id = ?').pluck().get(fixture.election.id)).toBeNull();
        boxSizes.push(
          reader.prepare('select count(*) from encrypted_ballots where election_id = ?').pluck().get(fixture.election.id) as number,
        );
        // A call's code is known by its public credential only, with no time of use and no link to a ballot row.
        const columns = (reader.prepare('pragma table_info(call_credentials)').all() as { name: string }[]).map((c) => c.name).sort();
        expect(columns).toEqual(['call_id', 'community_id', 'credential', 'status']);
      } finally {
        reader.close();
        fs.rmSync(snapshot);
      }
    }
    // The replay did see the casts: the box grew to all four ballots.
    expect(boxSizes.at(-1)).toBe(4);
  });
});
