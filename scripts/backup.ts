/**
 * npm run backup [file]   — a consistent copy of the live database (safe while the server runs)
 * npm run restore <file>  — replace the database with a checked backup (stop the server first)
 */
import path from 'node:path';
import { openDatabase } from '../db';
import { backupDatabase, integrityCheck, restoreDatabase } from '../db/backup';
import { databasePath } from '../lib/env';
import { checkAllCounts } from '../lib/selection/audit-count';

async function main() {
  const [command, file] = process.argv.slice(2);
  const live = databasePath();
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = path.resolve(file ?? path.join(path.dirname(live), 'backups', `minping-${stamp}.db`));
    await backupDatabase(live, out);
    console.log(`Backup written: ${out} (integrity_check: ${integrityCheck(out)})`);
    return;
  }
  if (command === 'restore') {
    if (!file) throw new Error('Usage: npm run restore <backup.db>');
    restoreDatabase(path.resolve(file), live);
    const database = openDatabase(live);
    const counts = checkAllCounts(database);
    database.$client.close();
    console.log(`Restored ${file} → ${live}`);
    for (const p of counts.published) console.log(`  ${p.year}: published ballot log recounts to its tally: ${p.matches ? 'yes' : 'NO'}`);
    for (const l of counts.live)
      console.log(`  ${l.year}: ballots agree with counters: ${l.problems === 0 ? 'yes' : `NO (${l.problems} problems)`}`);
    if (!counts.ok) process.exitCode = 1;
    return;
  }
  throw new Error('Usage: npm run backup [file] | npm run restore <file>');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
