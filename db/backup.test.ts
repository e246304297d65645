import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { databasePath } from '@/lib/env';
import { checkAllCounts } from '@/lib/selection/audit-count';
import { seedDistrict } from '@/tests/unit/fixtures';
import { votingSelection } from '@/tests/unit/selection-fixtures';
import { backupDatabase, integrityCheck, restoreDatabase } from './backup';
import { openDatabase } from './index';

const run = promisify(execFile);

describe('backup and restore', () => {
  it('a backup taken while another process is casting ballots restores whole: integrity ok, counters agree', async () => {
    await seedDistrict();
    const { codes, candidateIds } = await votingSelection(2026, 6000);
    const dir = path.dirname(databasePath());
    const codesFile = path.join(dir, `codes-${process.pid}.json`);
    fs.writeFileSync(codesFile, JSON.stringify(codes));
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const load = run(process.execPath, [
      tsx,
      path.resolve('tests/unit/load-worker.ts'),
      databasePath(),
      '2026',
      codesFile,
      String(candidateIds[0]),
    ]);
    // Back up in the middle of the load.
    await new Promise((r) => setTimeout(r, 1200));
    const backup = path.join(dir, `backup-${process.pid}.db`);
    await backupDatabase(databasePath(), backup);
    const cast = Number((await load).stdout);
    expect(cast).toBe(6000);

    expect(integrityCheck(backup)).toBe('ok');
    const target = path.join(dir, `restored-${process.pid}.db`);
    restoreDatabase(backup, target);
    const restored = openDatabase(target);
    const inBackup = (restored.$client.prepare('select count(*) n from ballots').get() as { n: number }).n;
    expect(inBackup).toBeGreaterThanOrEqual(0);
    expect(inBackup).toBeLessThanOrEqual(6000);
    const counts = checkAllCounts(restored);
    expect(counts.live.every((l) => l.problems === 0)).toBe(true);
    expect(counts.ok).toBe(true);
    restored.$client.close();
    // The live database has everything.
    expect(checkAllCounts(db()).ok).toBe(true);
  }, 240_000); // 6,000 casts in another process: minutes on a loaded 2-core machine (not a timing check)

  it('refuses to restore a file that is not a sound Minping database', () => {
    const dir = path.dirname(databasePath());
    const junk = path.join(dir, `junk-${process.pid}.db`);
    fs.writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(() => restoreDatabase(junk, path.join(dir, 'never.db'))).toThrow();
    expect(fs.existsSync(path.join(dir, 'never.db'))).toBe(false);
  });
});
