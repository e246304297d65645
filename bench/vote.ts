/**
 * npm run bench:vote — ballots cast over HTTP (unique codes) against a no-op route of the same
 * server in the same run, first with one worker process, then with two on the same database file.
 * Prints ballots/s, p99 and the ratios (cast / no-op ≥ 0.7 each; two workers / one ≥ 1.3), then
 * checks every 2xx receipt is stored.
 * `npm run bench:vote -- encrypted` runs the encrypted selection's bench instead (bench/vote-encrypted.ts).
 */
import { openDatabase } from '../db';
import { measure, writeResult, type Measured } from './lib/measure';
import { storedReceipts, votingFixture } from './lib/voting';
import { startServer } from './lib/server';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const TARGET_RATIO = 0.7;
const TARGET_SCALING = 1.3;

type Run = { workers: number; noop: Measured; vote: Measured; ratio: number; receiptsReceived: number; receiptsStored: number };

async function run(workers: number): Promise<Run> {
  const server = await startServer(`vote-${workers}`, 3200 + workers, workers);
  const database = openDatabase(server.dbFile);
  const { selection, ids, codes } = await votingFixture(database, 60_000);
  let next = 0;
  const receiptsSeen: string[] = [];
  try {
    const noop = await measure({ url: `${server.url}/api/v1/ping`, duration: DURATION, connections: CONNECTIONS });
    const vote = await measure({
      url: `${server.url}/api/v1/ballots`,
      duration: DURATION,
      connections: CONNECTIONS,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              selection: selection.year,
              code: codes[next++ % codes.length],
              candidates: ids.slice(0, 1 + (next % 10)),
            }),
          }),
          onResponse: (status, body) => {
            if (status === 201) receiptsSeen.push(JSON.parse(body).trackingCode);
          },
        },
      ],
    });
    const stored = storedReceipts(database, selection.year, receiptsSeen);
    return { workers, noop, vote, ratio: vote.rps / noop.rps, receiptsReceived: receiptsSeen.length, receiptsStored: stored };
  } finally {
    database.$client.close();
    await server.stop();
  }
}

async function main() {
  const runs = [await run(1), await run(2)];
  const scaling = runs[1]!.vote.rps / runs[0]!.vote.rps;
  console.log(`\nbench:vote (${CONNECTIONS} connections, ${DURATION} s each)`);
  for (const r of runs) {
    console.log(
      `  ${r.workers} worker(s): no-op ${r.noop.rps} req/s (p99 ${r.noop.p99} ms); cast ${r.vote.rps} ballots/s (p99 ${r.vote.p99} ms)`,
    );
    console.log(
      `     errors ${r.vote.errors}, non-2xx ${r.vote.non2xx}; cast / no-op ${r.ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}); receipts stored ${r.receiptsStored} of ${r.receiptsReceived}`,
    );
  }
  console.log(`  ballots/s, 2 workers / 1 worker: ${scaling.toFixed(2)} (target ≥ ${TARGET_SCALING})`);
  const [one, two] = runs;
  // The 1-worker figures keep the names earlier results used.
  writeResult('vote', { ...one, runs, scaling, target: TARGET_RATIO, targetScaling: TARGET_SCALING, two });
  if (runs.some((r) => r.receiptsStored !== r.receiptsReceived || r.vote.errors > 0 || r.vote.non2xx > 0)) process.exitCode = 1;
}

(process.argv.includes('encrypted') ? import('./vote-encrypted').then((m) => m.benchEncryptedVote()) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
