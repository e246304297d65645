/**
 * `npm run cli -- verify <archive.bel> [--workers N] [--forbid-revotes] [--json]`
 * Exit 0 when every check passes, 1 with the named failures, 2 on bad usage.
 */
import fs from 'node:fs';
import os from 'node:os';
import { checkBallot } from '../../lib/belenios/ballot-check';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { createBallotPool, type BallotPool } from '../../lib/belenios/node/pool';
import { verifyArchive, type VerifyReport } from '../../lib/belenios/verify';
import { flags, UsageError } from './args';

export async function verifyFile(file: string, options: { workers?: number; forbidRevotes?: boolean; quiet?: boolean } = {}) {
  await enableSodium();
  let pool: BallotPool | undefined;
  const started = Date.now();
  try {
    return await verifyArchive(fs.createReadStream(file), {
      forbidRevotes: options.forbidRevotes,
      checker: async (setup) => {
        if ((options.workers ?? 1) < 1) return (raw) => checkBallot(setup.ctx, (c) => setup.credentials.weights.get(c), raw);
        pool = await createBallotPool({ electionRaw: setup.ctx.raw, publicCredentials: setup.credentialsRaw, size: options.workers });
        return (raw) => pool!.check(raw);
      },
      concurrency: 256,
      onProgress: (n) => {
        if (!options.quiet && n % 500 === 0) process.stderr.write(`\r${n} ballots checked (${Math.round((Date.now() - started) / 1000)} s)`);
      },
    });
  } finally {
    if (!options.quiet) process.stderr.write('\n');
    await pool?.close();
  }
}

export function describeReport(r: VerifyReport): string {
  const lines = [
    `Election ${r.uuid ?? '?'} (fingerprint ${r.fingerprint ?? '?'})`,
    `Phase: ${r.phase}; ${r.ballots} ballots, ${r.tallied} tallied, ${r.revotes} replaced by a later ballot`,
  ];
  if (r.partialDecryptions.length) lines.push(`Partial decryptions from trustees ${r.partialDecryptions.join(', ')}`);
  if (r.result) lines.push(`Result: ${JSON.stringify(r.result)}`);
  for (const f of r.failures)
    lines.push(`FAIL ${f.check}${f.event ? ` at event ${f.event.height} (${f.event.type})` : ''}${f.tracker ? ` ballot ${f.tracker}` : ''}: ${f.detail}`);
  lines.push(r.ok ? 'OK: all checks passed.' : `NOT VERIFIED: ${r.failures.length} failure(s).`);
  return lines.join('\n');
}

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError('verify needs an archive file.');
  if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
  const f = flags(rest);
  const workers = f.workers === undefined ? os.availableParallelism() : Number(f.workers);
  const report = await verifyFile(file, { workers, forbidRevotes: f['forbid-revotes'] === 'true', quiet: f.json === 'true' });
  if (f.json === 'true') {
    const { setup: _s, encryptedTally: _e, ...plain } = report;
    console.log(JSON.stringify(plain, null, 2));
  } else console.log(describeReport(report));
  return report.ok ? 0 : 1;
}
