import fs from 'node:fs';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { ballots, receipts } from '@/db/schema';
import { seedDistrict } from '@/tests/unit/fixtures';
import { DURING, votingSelection } from '@/tests/unit/selection-fixtures';
import { castQueued, groupCommit } from './cast-queue';
import { hashReceipt } from './codes';

const count = (t: typeof ballots | typeof receipts) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(t)
    .get()!.n;

beforeAll(seedDistrict);

/** Writes of any kind go through the queue; these tests write rows of their own. */
const scratch = () => db().$client.exec('create table if not exists group_commit_scratch (job text)');
const write = (job: string) => () => db().$client.prepare('insert into group_commit_scratch values (?)').run(job);
const written = (prefix: string) =>
  (db().$client.prepare('select job from group_commit_scratch where job like ? order by job').all(`${prefix}%`) as { job: string }[]).map(
    (r) => r.job,
  );
const until = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(done()).toBe(true);
};
afterEach(() => vi.restoreAllMocks());

describe('group commit', () => {
  it('casts arriving together share a transaction, yet each is judged alone: good ones stored, bad ones refused', async () => {
    const { codes, candidateIds } = await votingSelection(2026, 10);
    const before = count(ballots);
    const results = await Promise.all([
      castQueued(db(), { year: 2026, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING),
      castQueued(db(), { year: 2026, code: codes[0]!, candidateIds: [candidateIds[1]!] }, DURING),
      castQueued(db(), { year: 2026, code: codes[1]!, candidateIds: [] }, DURING),
      castQueued(db(), { year: 2026, code: 'WRONG', candidateIds: [candidateIds[0]!] }, DURING),
      castQueued(db(), { year: 2026, code: codes[2]!, candidateIds: candidateIds.slice(0, 4) }, DURING),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ok', 'usedCode', 'tooFew', 'unknownCode', 'ok']);
    expect(count(ballots)).toBe(before + 2);
    for (const r of results)
      if (r.ok)
        expect(db().$client.prepare('select 1 from receipts where receipt_hash = ?').get(hashReceipt(2026, r.trackingCode))).toBeDefined();
  });

  it('50 casts of one code at once: exactly one ballot', async () => {
    const { codes, candidateIds } = await votingSelection(2031, 1);
    const before = count(ballots);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => castQueued(db(), { year: 2031, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'usedCode')).toHaveLength(49);
    expect(count(ballots)).toBe(before + 1);
  });

  it('after a batch the connection writes with synchronous = FULL again, for every other write', async () => {
    const { codes, candidateIds } = await votingSelection(2032, 1);
    expect(db().$client.pragma('synchronous', { simple: true })).toBe(2);
    const result = await castQueued(db(), { year: 2032, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING);
    expect(result.ok).toBe(true);
    expect(db().$client.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('while another process holds the write lock, the cast waits without stopping the event loop, then is stored', async () => {
    const { codes, candidateIds } = await votingSelection(2033, 1);
    // Another worker on the same file, in the middle of its own write.
    const other = new Database(db().$client.name);
    other.exec('BEGIN IMMEDIATE');
    const cast = castQueued(db(), { year: 2033, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING);
    // Pages keep being served meanwhile: timers run (a lock wait inside SQLite would stop them all,
    // and this test's own release of the lock with them).
    let turns = 0;
    const ticker = setInterval(() => turns++, 2);
    await new Promise((r) => setTimeout(r, 60));
    other.exec('COMMIT');
    other.close();
    const result = await cast;
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(5);
    expect(result.ok).toBe(true);
    expect(db().$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('a ballot is answered only once the WAL file is fsynced', async () => {
    const { codes, candidateIds } = await votingSelection(2034, 1);
    let release!: () => void;
    const disk = new Promise<void>((r) => (release = r));
    const done: string[] = [];
    const open = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementation((file, flags) => {
      done.push(`open ${String(file)}`);
      return open(file, flags);
    });
    vi.spyOn(fs, 'fsync').mockImplementation((_fd, callback) => void disk.then(() => (done.push('sync'), callback(null))));
    const close = fs.closeSync;
    vi.spyOn(fs, 'closeSync').mockImplementation((fd) => (done.push('close'), close(fd)));
    let answered = false;
    const cast = castQueued(db(), { year: 2034, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 30));
    // Committed, but not yet on disk: the voter waits.
    expect(answered).toBe(false);
    release();
    expect((await cast).ok).toBe(true);
    expect(done).toEqual([`open ${db().$client.name}-wal`, 'sync', 'close']);
  });

  it('when the disk fails, nobody is told their ballot was saved', async () => {
    const { codes, candidateIds } = await votingSelection(2035, 1);
    vi.spyOn(fs, 'fsync').mockImplementation((_fd, callback) => callback(Object.assign(new Error('i/o error'), { code: 'EIO' })));
    await expect(castQueued(db(), { year: 2035, code: codes[0]!, candidateIds: [candidateIds[0]!] }, DURING)).rejects.toThrow('i/o error');
  });

  it('a write that throws is refused alone: its caller gets the error, its rows are undone, the others are stored', async () => {
    scratch();
    const settled = await Promise.allSettled([
      groupCommit(db(), write('throws-a')),
      groupCommit(db(), () => {
        write('throws-b')();
        throw new Error('refused');
      }),
      groupCommit(db(), write('throws-c')),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason).toHaveProperty('message', 'refused');
    expect(written('throws-')).toEqual(['throws-a', 'throws-c']);
  });

  it('batches committed while an fsync runs share the next one, and none is answered before it', async () => {
    scratch();
    const syncs: (() => void)[] = [];
    vi.spyOn(fs, 'fsync').mockImplementation((_fd, callback) => void syncs.push(() => callback(null)));
    const answered: string[] = [];
    const commit = (job: string) => groupCommit(db(), write(job)).then(() => void answered.push(job));
    const first = commit('shared-1');
    await until(() => syncs.length === 1);
    // Two more batches, in two later turns of the loop, both committed while the first fsync runs.
    const second = commit('shared-2');
    await new Promise((r) => setTimeout(r, 5));
    const third = commit('shared-3');
    await new Promise((r) => setTimeout(r, 5));
    expect(written('shared-')).toEqual(['shared-1', 'shared-2', 'shared-3']);
    expect(syncs).toHaveLength(1);
    syncs[0]!();
    await first;
    // The fsync under way may have begun before their frames were written: they wait for the next.
    await until(() => syncs.length === 2);
    expect(answered).toEqual(['shared-1']);
    syncs[1]!();
    await Promise.all([second, third]);
    expect(answered.sort()).toEqual(['shared-1', 'shared-2', 'shared-3']);
    expect(syncs).toHaveLength(2);
  });

  it('a failed transaction other than a busy lock is not tried again: every caller in it is refused', async () => {
    scratch();
    const attempt = vi.spyOn(db(), 'transaction').mockImplementationOnce(() => {
      throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    });
    const settled = await Promise.allSettled([groupCommit(db(), write('ioerr-a')), groupCommit(db(), write('ioerr-b'))]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    expect((settled[0] as PromiseRejectedResult).reason).toHaveProperty('code', 'SQLITE_IOERR');
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(written('ioerr-')).toEqual([]);
  });

  it('a write lock held past the patience refuses the batch instead of keeping its callers waiting', async () => {
    scratch();
    const other = new Database(db().$client.name);
    other.exec('BEGIN IMMEDIATE');
    try {
      const stuck = groupCommit(db(), write('stuck-a'));
      await new Promise((r) => setTimeout(r, 20));
      // Only the clock the patience is read from moves on; timers stay real.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 6_000);
      // The last try waits in SQLite's busy handler for its busy_timeout (5 s) before giving up.
      await expect(stuck).rejects.toHaveProperty('code', 'SQLITE_BUSY');
    } finally {
      vi.useRealTimers();
      other.exec('ROLLBACK');
      other.close();
    }
    expect(written('stuck-')).toEqual([]);
    expect(db().$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });
});
