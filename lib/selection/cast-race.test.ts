import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { ballots } from '@/db/schema';
import { databasePath } from '@/lib/env';
import { seedDistrict } from '@/tests/unit/fixtures';
import { votingSelection } from '@/tests/unit/selection-fixtures';

const run = promisify(execFile);

beforeAll(seedDistrict);

describe('one code, one ballot', () => {
  it('50 casts of one code from two processes on one database file store exactly one ballot; the rest are "already used"', async () => {
    const { codes, candidateIds } = await votingSelection(2026, 1);
    const startAt = String(Date.now() + 1500);
    const worker = path.resolve('tests/unit/cast-worker.ts');
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const args = [tsx, worker, databasePath(), '2026', codes[0]!, String(candidateIds[0]), '25', startAt];
    const [a, b] = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    const outcomes = [...JSON.parse(a.stdout), ...JSON.parse(b.stdout)] as string[];
    expect(outcomes).toHaveLength(50);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'ok').every((o) => o === 'usedCode')).toBe(true);
    expect(
      db()
        .select({ n: sql<number>`count(*)` })
        .from(ballots)
        .get()!.n,
    ).toBe(1);
  }, 60_000);
});
