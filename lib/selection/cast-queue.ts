import fs from 'node:fs';
import type { Db } from '@/db';
import { castWithin, type CastInput, type CastResult } from './cast';

type Job = { run: () => unknown; resolve: (r: unknown) => void; reject: (e: unknown) => void };

const queues = new WeakMap<Db, Job[]>();
/** Jobs whose batch found the write lock taken by another process, with the time they first tried. */
const waiting = new WeakMap<Db, { jobs: Job[]; since: number }>();
/** As long as the connection's busy_timeout would have waited for the lock before giving up. */
const LOCK_PATIENCE_MS = 5_000;

/**
 * Group commit: writes that arrive in the same turn of the event loop share one IMMEDIATE
 * transaction and one fsync, each inside its own savepoint, so one failure rolls back only its own
 * write. Every caller is answered only after the commit is on disk, so a receipt is never shown for
 * an unsaved ballot. `run` works on `database` and must be synchronous.
 *
 * The connection writes with synchronous = FULL, which fsyncs the WAL inside COMMIT: the event loop
 * (and, in other workers, everyone waiting for the write lock) stands still for the disk. Here the
 * batch commits with synchronous = NORMAL instead, so COMMIT only writes its frames to the WAL file,
 * and the WAL is then fsynced on libuv's thread pool before anyone is answered. That is FULL's
 * promise, power loss included (SQLite replays committed frames from a synced WAL; a checkpoint
 * syncs the WAL before it copies it), without holding the lock or the loop during the fsync.
 */
export function groupCommit<T>(database: Db, run: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(database);
    if (!queue) {
      queues.set(database, (queue = []));
      setImmediate(() => flush(database));
    }
    queue.push({ run, resolve: resolve as (r: unknown) => void, reject });
  });
}

/** One plain ballot, group-committed with the others arriving at the same time. */
export const castQueued = (database: Db, input: CastInput, now: Date): Promise<CastResult> =>
  groupCommit(database, () => castWithin(database, input, now));

type WalSync = { running: Promise<void> | null; next: Promise<void> | null };
const walSyncs = new WeakMap<Db, WalSync>();

/**
 * One fsync of the WAL file on libuv's thread pool. Opening and closing the file take microseconds and
 * are done on the loop: each trip to the pool costs a voter a turn of a busy loop (a quarter of a
 * second at closing time), and only the fsync is worth one.
 */
async function fsyncWal(file: string): Promise<void> {
  const fd = fs.openSync(`${file}-wal`, 'r');
  try {
    await new Promise<void>((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve())));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Resolves once everything committed before the call is on disk. While one fsync runs, the commits
 * made meanwhile share the one that starts after it (an fsync already under way may have begun
 * before their frames were written, so it cannot stand for them).
 */
function syncWal(database: Db): Promise<void> {
  const client = database.$client;
  if (client.memory) return Promise.resolve();
  let state = walSyncs.get(database);
  if (!state) walSyncs.set(database, (state = { running: null, next: null }));
  const sync = state;
  const start = (): Promise<void> => {
    const run = fsyncWal(client.name).finally(() => {
      if (sync.running === run) sync.running = null;
    });
    sync.running = run;
    return run;
  };
  if (!sync.running) return start();
  sync.next ??= sync.running
    .catch(() => undefined)
    .then(() => {
      sync.next = null;
      return start();
    });
  return sync.next;
}

const isBusy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

/**
 * Another worker holds the write lock: the batch tries again in a millisecond, with whatever arrived
 * meanwhile, instead of sleeping in SQLite's busy handler, which would stop this worker's event loop
 * (and every page it is serving) for up to its next back-off step.
 */
function retryLater(database: Db, jobs: Job[], since: number) {
  // Whatever arrives meanwhile joins the retry in flush (the attempt that failed took the whole queue).
  waiting.set(database, { jobs, since });
  setTimeout(() => flush(database), 1);
}

function flush(database: Db) {
  const retried = waiting.get(database);
  waiting.delete(database);
  const jobs = [...(retried?.jobs ?? []), ...(queues.get(database) ?? [])];
  queues.delete(database);
  if (jobs.length === 0) return;
  const since = retried?.since ?? Date.now();
  let outcomes: ({ ok: true; result: unknown } | { ok: false; error: unknown })[];
  const client = database.$client;
  const synchronous = client.pragma('synchronous', { simple: true });
  const busyTimeout = client.pragma('busy_timeout', { simple: true });
  client.pragma('synchronous = NORMAL');
  // Waiting for the lock is done by retryLater, never inside SQLite, until the patience runs out.
  if (Date.now() - since < LOCK_PATIENCE_MS) client.pragma('busy_timeout = 0');
  try {
    outcomes = database.transaction(
      (tx) =>
        jobs.map((job) => {
          try {
            return { ok: true as const, result: tx.transaction(() => job.run()) };
          } catch (error) {
            return { ok: false as const, error };
          }
        }),
      { behavior: 'immediate' },
    );
  } catch (error) {
    // A busy lock fails BEGIN (nothing ran) or COMMIT (everything was rolled back): all jobs try again.
    if (isBusy(error) && Date.now() - since < LOCK_PATIENCE_MS) retryLater(database, jobs, since);
    else jobs.forEach((job) => job.reject(error));
    return;
  } finally {
    client.pragma(`synchronous = ${Number(synchronous)}`);
    client.pragma(`busy_timeout = ${Number(busyTimeout)}`);
  }
  syncWal(database).then(
    () =>
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome.ok) job.resolve(outcome.result);
        else job.reject(outcome.error);
      }),
    (error: unknown) => jobs.forEach((job) => job.reject(error)),
  );
}
