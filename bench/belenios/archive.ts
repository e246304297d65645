/**
 * (d) Our verifier (`npm run cli -- verify`, worker pool) on a generated archive of
 * BENCH_ARCHIVE_BALLOTS (default 20,000) ballots of the 20-candidate choose-1..10 election, 3 of 5
 * guardians. The archive is generated once (on worker threads) and kept in data/bench/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createArchiveWriter } from '../../lib/belenios/archive';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { encode } from '../../lib/belenios/json';
import { combineResult, createTally, partialDecrypt } from '../../lib/belenios/tally';
import { guardianDecryptionKey } from '../../lib/belenios/trustee-pedersen';
import { partialDecryptionCodec, publicCredentialsCodec, resultCodec, type Ballot } from '../../lib/belenios/types';
import { verifyFile } from '../../scripts/cli/verify';
import { benchElection, mergeResult } from './common';

const N = Number(process.env.BENCH_ARCHIVE_BALLOTS ?? 20_000);
const FILE = path.resolve(`data/bench/belenios-${N}.bel`);

async function generate() {
  await enableSodium();
  const started = Date.now();
  const { ceremony, ctx, credentials } = benchElection(N);
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  const fd = fs.openSync(`${FILE}.tmp`, 'w');
  const writer = createArchiveWriter((c) => void fs.writeSync(fd, c), { timestamp: Math.floor(Date.now() / 1000) });
  await writer.setup(ctx.raw, ceremony.trusteesRaw, encode(publicCredentialsCodec, credentials.publicCredentials));
  const tally = createTally(ctx);
  const workers = os.availableParallelism();
  const per = Math.ceil(N / workers);
  const file = path.resolve('bench/belenios/gen-worker.ts');
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const codes = credentials.privateCodes.slice(w * per, (w + 1) * per);
      const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: { electionRaw: ctx.raw, codes, offset: w * per } });
      return new Promise<void>((resolve, reject) => {
        let queue = Promise.resolve();
        worker.on('message', (batch: string[] | null) => {
          queue = queue.then(async () => {
            if (batch === null) return void (await worker.terminate(), resolve());
            for (const raw of batch) {
              tally.add(JSON.parse(raw) as Ballot, 1);
              await writer.ballot(raw);
            }
            done += batch.length;
            process.stderr.write(`\rgenerated ${done}/${N}`);
          });
        });
        worker.on('error', reject);
      });
    }),
  );
  process.stderr.write('\n');
  await writer.endBallots();
  const t = tally.finish();
  await writer.encryptedTally(t.encryptedTallyRaw, t.numTallied, t.totalWeight);
  const pds = [1, 2, 4].map((owner) => ({ owner, pd: partialDecrypt(ctx, t.encryptedTally, guardianDecryptionKey(ceremony.seeds[owner - 1]!, ceremony.voutputs[owner - 1]!.private_key)) }));
  for (const { owner, pd } of pds) await writer.partialDecryption(owner, encode(partialDecryptionCodec, pd));
  const outcome = combineResult(ctx, ceremony.trustees, t.encryptedTally, t.totalWeight, pds);
  if (!outcome.ok) throw new Error(outcome.reason);
  await writer.result(encode(resultCodec, { result: outcome.result }));
  fs.closeSync(fd);
  fs.renameSync(`${FILE}.tmp`, FILE);
  return Math.round((Date.now() - started) / 1000);
}

export async function benchArchive() {
  const generationSeconds = fs.existsSync(FILE) ? null : await generate();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
  const started = performance.now();
  const report = await verifyFile(FILE, { workers: os.availableParallelism() });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const result = {
    ballots: report.ballots,
    archiveMb: +(fs.statSync(FILE).size / 1e6).toFixed(1),
    ok: report.ok,
    failures: report.failures.length,
    workers: os.availableParallelism(),
    verifySeconds: Math.round(seconds),
    ballotsPerSecond: +(report.ballots / seconds).toFixed(1),
    peakRssMb: Math.round(peakRss / 1e6),
    generationSeconds,
    measured: N === 20_000 ? 'measured on 20,000 ballots' : `measured on ${N.toLocaleString('en')} ballots`,
    // The verifier streams and its work per ballot is constant, so time grows linearly with ballots.
    linearEstimateSecondsFor20000: N === 20_000 ? undefined : Math.round((seconds * 20_000) / N),
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    target: '< 900 s for 20,000 ballots',
  };
  mergeResult('archive', result);
  return result;
}
