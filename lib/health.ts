import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { db } from '@/db';
import { MIGRATIONS_DIR } from '@/db/migrate';
import { databasePath } from '@/lib/env';

/** Compares the migrations committed in the repository with those applied to the database. */
export function getHealth() {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const client = db().$client;
  const applied = (client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
  const integrity = client.pragma('quick_check', { simple: true });
  const journalMode = client.pragma('journal_mode', { simple: true });
  const expected = journal.entries.length;
  const disk = fs.statfsSync(path.dirname(databasePath()));
  const freeMb = Math.floor((disk.bavail * disk.bsize) / 1024 / 1024);
  return {
    ok: integrity === 'ok' && applied === expected && freeMb > 100,
    database: { ok: integrity === 'ok', journalMode },
    disk: { freeMb, totalMb: Math.floor((disk.blocks * disk.bsize) / 1024 / 1024) },
    migrations: { applied, expected, latest: journal.entries.at(-1)?.tag ?? null, pending: Math.max(0, expected - applied) },
  };
}
