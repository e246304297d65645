import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { officials, reviewForms, reviewMeetings } from '@/db/schema';
import { databasePath } from '@/lib/env';
import { seedDistrict } from '@/tests/unit/fixtures';
import { insertCodes } from './write';

const run = promisify(execFile);

beforeAll(seedDistrict);

describe('one review code, one form', () => {
  it('40 submissions of one code from two processes store exactly one form; the rest are "already used"', async () => {
    const official = db().select().from(officials).get()!;
    const meeting = db().insert(reviewMeetings).values({ officialId: official.id, heldOn: '2026-06-01' }).returning().get();
    const [code] = db().transaction((tx) => insertCodes(tx, meeting.id, 1));
    const startAt = String(Date.now() + 1500);
    const worker = path.resolve('tests/unit/review-code-worker.ts');
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const args = [tsx, worker, databasePath(), code!, '20', startAt];
    const [a, b] = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    const outcomes = [...JSON.parse(a.stdout), ...JSON.parse(b.stdout)] as string[];
    expect(outcomes).toHaveLength(40);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'ok').every((o) => o === 'usedCode')).toBe(true);
    expect(
      db()
        .select({ n: sql<number>`count(*)` })
        .from(reviewForms)
        .where(eq(reviewForms.meetingId, meeting.id))
        .get()!.n,
    ).toBe(1);
  }, 60_000);
});
