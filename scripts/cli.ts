/**
 * Operator commands: `npm run cli -- <command>`.
 *   communities                         list community ids and names
 *   codes issue --selection <year> --community <id> --count <n> --out <file.csv>  (QR urls on PUBLIC_URL)
 *   recount <ballots.ndjson> [--selection <year> | --tally <tally.json>]
 *   sample verify <sample.json>         re-derive a survey sample from its published file
 *   verify <archive.bel>                verify a Belenios election archive (scripts/cli/verify.ts)
 *   guardian <step> …                   a guardian's key ceremony and decryption (scripts/cli/guardian.ts)
 *   credentials generate …              the credential authority's codes (scripts/cli/credentials.ts)
 *   requests recompute-deadlines        recompute stored deadlines with the current working-day calendar
 */
import fs from 'node:fs';
import { asc, eq } from 'drizzle-orm';
import { openDatabase } from '../db';
import { applyMigrations } from '../db/migrate';
import { selections, units } from '../db/schema';
import { databasePath, publicUrl } from '../lib/env';
import { formatCode } from '../lib/selection/codes';
import { ballotUrl } from '../lib/selection/codes-format';
import { issueCodes, MAX_BATCH } from '../lib/selection/issue';
import { recountFile } from './recount';
import { recomputeDeadlines } from '../lib/requests/deadline-repair';
import { verifySampleFile, type SampleFile } from '../lib/surveys/sampling';

const usage = `Usage:
  npm run cli -- communities
  npm run cli -- codes issue --selection <year> --community <id> --count <n> --out <file.csv> [--base-url <url>]
  npm run cli -- recount <ballots.ndjson> [--selection <year> | --tally <tally.json>]
  npm run cli -- sample verify <sample.json>
  npm run cli -- verify <archive.bel> [--workers N] [--forbid-revotes] [--json]
  npm run cli -- guardian init --key key.json --cert cert.json
  npm run cli -- guardian polynomial --key key.json --certs certs.json --threshold K --out polynomial.json
  npm run cli -- guardian voutput --key key.json --certs certs.json --vinput vinput.json --out voutput.json
  npm run cli -- guardian decrypt --key key.json --archive election.bel --out partial_decryption.json
  npm run cli -- guardian single-init --key key.json --public public_key.json
  npm run cli -- credentials generate --uuid U --count N --out-private codes.csv --out-public public.json
  npm run cli -- requests recompute-deadlines`;

// Belenios commands need no database: the guardian and the credential authority run them offline.
const offline: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  verify: () => import('./cli/verify'),
  guardian: () => import('./cli/guardian'),
  credentials: () => import('./cli/credentials'),
};

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const key = args[i]!;
    if (key.startsWith('--') && args[i + 1] !== undefined) out[key.slice(2)] = args[++i]!;
  }
  return out;
}

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

async function main(argv: string[]) {
  const load = offline[argv[0] ?? ''];
  if (load) {
    const { UsageError } = await import('./cli/args');
    try {
      process.exitCode = await (await load()).run(argv.slice(1));
    } catch (error) {
      if (error instanceof UsageError) fail(error.message);
      throw error;
    }
    return;
  }
  const database = openDatabase(databasePath());
  applyMigrations(database);
  const [command, sub, ...rest] = argv;
  if (command === 'communities') {
    const streets = new Map(
      database
        .select()
        .from(units)
        .where(eq(units.kind, 'street'))
        .all()
        .map((s) => [s.id, s.name]),
    );
    const rows = database.select().from(units).where(eq(units.kind, 'community')).orderBy(asc(units.path)).all();
    console.log('id\tstreet\tcommunity\thouseholds');
    for (const c of rows) console.log(`${c.id}\t${streets.get(c.parentId ?? 0) ?? ''}\t${c.name}\t${c.households ?? ''}`);
    return;
  }
  if (command === 'codes' && sub === 'issue') {
    const f = flags(rest);
    const year = Number(f.selection);
    const communityId = Number(f.community);
    const count = Number(f.count);
    if (!f.out) fail('--out <file.csv> is required.');
    if (!Number.isInteger(count) || count < 1 || count > MAX_BATCH) fail(`--count must be a whole number from 1 to ${MAX_BATCH}.`);
    const selection = database.select().from(selections).where(eq(selections.year, year)).get();
    if (!selection) fail(`No selection for year ${f.selection ?? '(missing)'}.`);
    const result = await issueCodes(
      database,
      { selectionId: selection.id, communityId, count, note: 'CLI' },
      { id: null, username: 'cli' },
      (done, total) => {
        process.stderr.write(`\r${done}/${total} codes`);
      },
    );
    process.stderr.write('\n');
    if (!result.ok)
      fail(
        {
          noSelection: 'No such selection.',
          notCommunity: `Unit ${f.community} is not a community (see: npm run cli -- communities).`,
          badCount: 'Bad --count.',
          closed: 'Voting is over for this selection.',
        }[result.reason],
      );
    const base = (f['base-url'] ?? publicUrl()).replace(/\/+$/, '');
    const csv = ['code,url', ...result.codes.map((c) => `${formatCode(c)},${ballotUrl(base, c)}`)].join('\n');
    fs.writeFileSync(f.out, `\uFEFF${csv}\n`, { mode: 0o600 });
    console.log(`Issued ${result.codes.length} codes in batch #${result.batchId} → ${f.out}`);
    return;
  }
  if (command === 'sample' && sub === 'verify') {
    const file = rest[0];
    if (!file || !fs.existsSync(file)) fail(`No such file: ${file ?? '(missing)'}`);
    const sample = JSON.parse(fs.readFileSync(file, 'utf8')) as SampleFile;
    const result = verifySampleFile(sample);
    const drawn = sample.communities.reduce((n, c) => n + c.sampled.length, 0);
    console.log(
      result.ok
        ? `OK: seed matches its hash; ${sample.communities.length} communities, ${drawn} households re-derived.`
        : result.problems.join('\n'),
    );
    process.exitCode = result.ok ? 0 : 1;
    return;
  }
  if (command === 'requests' && sub === 'recompute-deadlines') {
    const { checked, changed } = recomputeDeadlines(database, { id: null, username: 'cli' });
    console.log(`Checked ${checked} requests; ${changed} had deadlines from an older calendar and were recomputed.`);
    return;
  }
  if (command === 'recount') {
    if (!sub || !fs.existsSync(sub)) fail(`No such file: ${sub ?? '(missing)'}`);
    process.exitCode = await recountFile(database, sub, flags(rest));
    return;
  }
  fail(command ? `Unknown command: ${argv.join(' ')}` : 'No command given.');
}

// `npm run cli -- communities | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
