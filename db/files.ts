import fs from 'node:fs';
import path from 'node:path';

/**
 * Data files are readable by their owner only (0600), from the moment they exist: the database,
 * the rate-limit file, their backups. SQLite gives a database's -wal and -shm files the mode of the
 * database file itself, so creating that file 0600 before SQLite opens it covers them too; files
 * made before this rule are tightened when opened.
 */
export function privateDataFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
}
