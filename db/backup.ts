import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { privateDataFile } from './files';

/**
 * A consistent copy of a live database: SQLite's online backup reads a snapshot while the server
 * keeps writing (WAL), so the copy is never half a transaction.
 */
export async function backupDatabase(source: string, destination: string): Promise<void> {
  // An empty file is an empty database: the backup fills it, keeping its mode.
  privateDataFile(destination);
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await live.backup(destination);
  } finally {
    live.close();
  }
}

export function integrityCheck(file: string): string {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(copy.pragma('integrity_check', { simple: true }));
  } finally {
    copy.close();
  }
}

/** Replaces the database file with a checked backup; the server must be stopped first. */
export function restoreDatabase(backup: string, target: string): void {
  const result = integrityCheck(backup);
  if (result !== 'ok') throw new Error(`backup fails integrity_check: ${result}`);
  const check = new Database(backup, { readonly: true });
  const isMinping = check.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get();
  check.close();
  if (!isMinping) throw new Error('not a Minping database (no migrations table)');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restoring`;
  fs.copyFileSync(backup, staging);
  fs.chmodSync(staging, 0o600);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
}
