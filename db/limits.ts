import path from 'node:path';
import Database from 'better-sqlite3';
import { privateDataFile } from './files';
import { databasePath, env } from '../lib/env';

/**
 * The rate-limit counters: a SQLite file beside the database, shared by every server process on the
 * machine and kept across restarts. A file of its own, so counting a wrong code never waits for the
 * ballot box's write lock, and no address or attempt time lands in the database, its WAL or its backups.
 */
export const LIMITS_TABLE = 'rate_limits';

const globalForLimits = globalThis as unknown as { minpingLimits?: { url: string; file: string; client: Database.Database } };

export function limitsPath(dbFile = databasePath()): string {
  return path.join(path.dirname(dbFile), `${path.basename(dbFile, path.extname(dbFile))}-limits.db`);
}

export function openLimits(file: string): Database.Database {
  privateDataFile(file);
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  // Counters may lose their last moments on power loss; a crash or restart keeps them.
  client.pragma('synchronous = NORMAL');
  client.pragma('busy_timeout = 5000');
  client.exec(`CREATE TABLE IF NOT EXISTS ${LIMITS_TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`);
  return client;
}

/** Opened on first use, like the database; reopened when DATABASE_URL points elsewhere (tests). */
export function limitsDb(): Database.Database {
  const url = env().DATABASE_URL;
  if (globalForLimits.minpingLimits?.url === url) return globalForLimits.minpingLimits.client;
  const file = limitsPath();
  if (globalForLimits.minpingLimits?.file !== file) globalForLimits.minpingLimits = { url, file, client: openLimits(file) };
  else globalForLimits.minpingLimits.url = url;
  return globalForLimits.minpingLimits.client;
}
