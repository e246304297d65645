import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './index';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

export function applyMigrations(database: Db) {
  migrate(database, { migrationsFolder: MIGRATIONS_DIR });
}
