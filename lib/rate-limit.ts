import { RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import type Database from 'better-sqlite3';
import { LIMITS_TABLE, limitsDb } from '@/db/limits';

/**
 * Limits live in the shared counters file (db/limits.ts): every worker process sees the same counts,
 * and a restart forgets nothing.
 */
function store(name: string, points: number, seconds: number): () => RateLimiterSQLite {
  let limiter: { client: unknown; limiter: RateLimiterSQLite } | undefined;
  return () => {
    const client = limitsDb();
    if (limiter?.client !== client) {
      limiter = {
        client,
        limiter: new RateLimiterSQLite({
          storeClient: client,
          storeType: 'better-sqlite3',
          tableName: LIMITS_TABLE,
          tableCreated: true,
          keyPrefix: name,
          points,
          duration: seconds,
        }),
      };
    }
    return limiter.limiter;
  };
}

const counts = new WeakMap<object, Database.Statement>();
function countStatement(): Database.Statement {
  const client = limitsDb();
  let statement = counts.get(client);
  if (!statement) {
    statement = client.prepare(`SELECT points FROM ${LIMITS_TABLE} WHERE key = ? AND (expire > ? OR expire IS NULL)`);
    counts.set(client, statement);
  }
  return statement;
}

const swallowLimit = (e: unknown) => {
  if (!(e instanceof RateLimiterRes)) throw e;
};

export type Limiter = {
  name: string;
  points: number;
  seconds: number;
  /** True once `points` have been counted against the key within the window. */
  blocked(key: string): Promise<boolean>;
  /** Counts one (a failure, or an attempt, as the caller decides). */
  fail(key: string): Promise<void>;
  /** How many have been counted against the key in the current window. */
  count(key: string): Promise<number>;
  reset(key: string): Promise<void>;
};

/**
 * Counts only what it is told to count (usually failures), so people sharing one address (a
 * household, a community centre's kiosk) are not shut out by each other's successes.
 */
export function failureLimiter(name: string, points: number, seconds: number): Limiter {
  const limiter = store(name, points, seconds);
  // The read on every code step (the cast path) uses one prepared statement; writes go through the library.
  const count = async (key: string) => {
    const row = countStatement().get(`${name}:${key}`, Date.now()) as { points: number } | undefined;
    return row?.points ?? 0;
  };
  return {
    name,
    points,
    seconds,
    count,
    blocked: async (key) => (await count(key)) >= points,
    fail: async (key) => {
      await limiter().penalty(key, 1).catch(swallowLimit);
    },
    reset: async (key) => {
      await limiter().delete(key);
    },
  };
}

/**
 * A key that, once it is blocked, stays blocked for a time of the caller's choosing (a growing
 * backoff), independently of a counting window.
 */
export function blockList(name: string) {
  const limiter = store(name, 1, 1);
  return {
    /** Milliseconds until the key may try again (0: it may now). */
    async waitMs(key: string): Promise<number> {
      const res = await limiter().get(key);
      return res && res.consumedPoints > 1 ? Math.max(res.msBeforeNext, 0) : 0;
    },
    async block(key: string, seconds: number) {
      await limiter().block(key, seconds);
    },
    async clear(key: string) {
      await limiter().delete(key);
    },
  };
}
