/**
 * npm run bench:vote — ballots cast over HTTP (unique codes) against a no-op route of the same
 * server in the same run. Prints ballots/s, p99 and the ratio, then checks every 2xx receipt is stored.
 * `npm run bench:vote -- encrypted` runs the encrypted selection's bench instead (bench/vote-encrypted.ts).
 */
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db';
import { receipts } from '../db/schema';
import { hashReceipt } from '../lib/selection/codes';
import { measure, writeResult } from './lib/measure';
import { votingFixture } from './lib/voting';
import { startServer } from './lib/server';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const TARGET_RATIO = 0.7;

async function main() {
  const server = await startServer('vote', 3200);
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
    const stored = receiptsSeen.filter((code) =>
      database
        .select()
        .from(receipts)
        .where(eq(receipts.receiptHash, hashReceipt(selection.year, code)))
        .get(),
    ).length;
    const ratio = vote.rps / noop.rps;
    const ok = vote.errors === 0 && vote.non2xx === 0 && stored === receiptsSeen.length && ratio >= TARGET_RATIO;
    console.log(`\nbench:vote (${CONNECTIONS} connections, ${DURATION} s each)`);
    console.log(`  no-op route     ${noop.rps} req/s   p99 ${noop.p99} ms`);
    console.log(`  cast ballot     ${vote.rps} ballots/s   p99 ${vote.p99} ms   errors ${vote.errors}   non-2xx ${vote.non2xx}`);
    console.log(`  ratio           ${ratio.toFixed(2)}   (target ≥ ${TARGET_RATIO})`);
    console.log(`  receipts stored ${stored} of ${receiptsSeen.length} received`);
    writeResult('vote', { noop, vote, ratio, target: TARGET_RATIO, receiptsReceived: receiptsSeen.length, receiptsStored: stored, ok });
    if (stored !== receiptsSeen.length || vote.errors > 0 || vote.non2xx > 0) process.exitCode = 1;
  } finally {
    database.$client.close();
    await server.stop();
  }
}

(process.argv.includes('encrypted') ? import('./vote-encrypted').then((m) => m.benchEncryptedVote()) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
