import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db';
import { applyMigrations } from '../../db/migrate';

export const TEMPLATE = path.resolve('data/test/template.db');

/** One migrated, empty database; every test file copies it, so tests never share state. */
export default function setup() {
  fs.rmSync(path.dirname(TEMPLATE), { recursive: true, force: true });
  const database = openDatabase(TEMPLATE);
  applyMigrations(database);
  database.$client.pragma('wal_checkpoint(TRUNCATE)');
  database.$client.close();
}
