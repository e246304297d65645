import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { applyMigrations } from './migrate';

describe('migrations', () => {
  it('apply to an empty database and create every table', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minping-')), 'empty.db');
    const database = openDatabase(file);
    applyMigrations(database);
    const tables = database.$client
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all();
    expect(tables).toEqual(expect.arrayContaining(['units', 'officials', 'staff', 'audit_log', 'roster_imports', '__drizzle_migrations']));
    // Applying again is a no-op, as on every `npm start`.
    applyMigrations(database);
    database.$client.close();
  });

  it('opens SQLite with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'minping-')), 'pragmas.db');
    const { $client } = openDatabase(file);
    expect($client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect($client.pragma('synchronous', { simple: true })).toBe(2);
    expect($client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect($client.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    $client.close();
  });
});
