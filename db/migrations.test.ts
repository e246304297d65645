import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { applyMigrations, MIGRATIONS_DIR } from './migrate';

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

  it('gives elections a call owner and keeps every existing election row and its children (0014)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minping-'));
    // The migrations up to 0013, as a database made before calls had elections.
    const old = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalFile = path.join(old, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
    journal.entries = journal.entries.filter((e) => e.idx <= 13);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const database = openDatabase(path.join(dir, 'old.db'));
    migrate(database, { migrationsFolder: old });
    const c = database.$client;
    c.exec(`insert into selections (year, title, voting_opens_at, voting_closes_at) values (2030, 'x', 0, 1)`);
    c.exec(`insert into elections (selection_id, uuid, guardians, threshold, phase) values (1, 'u1', 1, 1, 'frozen')`);
    c.exec(`insert into election_parties (election_id, kind, position, name, token_hash) values (1, 'guardian', 1, 'g', 'h')`);
    c.exec(`insert into election_records (election_id, seq, event, hash, text) values (1, 0, 0, 'h0', '{}')`);
    applyMigrations(database);
    expect(c.prepare('select id, selection_id, call_id, uuid, phase from elections').all()).toEqual([
      { id: 1, selection_id: 1, call_id: null, uuid: 'u1', phase: 'frozen' },
    ]);
    expect(c.prepare('select count(*) from election_parties where election_id = 1').pluck().get()).toBe(1);
    expect(c.pragma('foreign_key_check')).toEqual([]);
    // An election with no owner is refused.
    expect(() => c.exec(`insert into elections (uuid, guardians, threshold) values ('u2', 1, 1)`)).toThrow(/elections_one_owner/);
    c.close();
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
