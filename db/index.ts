import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { databasePath } from '../lib/env';
import { privateDataFile } from './files';
import * as schema from './schema';
import type { Tx } from './tx';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const globalForDb = globalThis as unknown as { minpingDb?: Db };

export function openDatabase(file: string): Db {
  if (file !== ':memory:') privateDataFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // A receipt shown to a voter must survive power loss, not only a crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema }) as Db;
}

/** Opened on first use, so `next build` never touches the database. */
export function db(): Db {
  globalForDb.minpingDb ??= openDatabase(databasePath());
  return globalForDb.minpingDb;
}

const stamps = new WeakMap<Db, Database.Statement<[], { changes: number; version: number }>>();

/**
 * A value that changes whenever a write is committed to the database, by this connection
 * (total_changes) or by any other, in this process or another (data_version). Caches of values
 * derived from the data key on it: a few microseconds, against a fresh read of everything.
 */
export function changeStamp(database: Db = db()): string {
  let statement = stamps.get(database);
  if (!statement) {
    statement = database.$client.prepare('select total_changes() as changes, (select data_version from pragma_data_version) as version');
    stamps.set(database, statement);
  }
  const { changes, version } = statement.get()!;
  return `${version}:${changes}`;
}

/** A write transaction that reads first: BEGIN IMMEDIATE waits for the lock instead of failing with SQLITE_BUSY. */
export function writeTx<T>(fn: (tx: Tx) => T): T {
  return db().transaction(fn, { behavior: 'immediate' });
}

export { schema };
