import type { Db } from '@/db';
import { castWithin, type CastInput, type CastResult } from './cast';

type Job = { run: () => unknown; resolve: (r: unknown) => void; reject: (e: unknown) => void };

const queues = new WeakMap<Db, Job[]>();

/**
 * Group commit: writes that arrive in the same turn of the event loop share one IMMEDIATE
 * transaction and one fsync, each inside its own savepoint, so one failure rolls back only its own
 * write. Every caller is answered only after the commit, so a receipt is never shown for an unsaved
 * ballot. `run` works on `database` and must be synchronous.
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

function flush(database: Db) {
  const jobs = queues.get(database) ?? [];
  queues.delete(database);
  let outcomes: ({ ok: true; result: unknown } | { ok: false; error: unknown })[];
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
    jobs.forEach((job) => job.reject(error));
    return;
  }
  jobs.forEach((job, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) job.resolve(outcome.result);
    else job.reject(outcome.error);
  });
}
