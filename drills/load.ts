/**
 * npm run drill:load — closing-time load: voters casting ballots and readers of the public pages,
 * ramped up together, against the server as `npm start` runs it (DRILL_WORKERS worker processes,
 * default one per core). Targets at 100 voters + 100 readers: reader p99 < 1 s; no 5xx and no
 * SQLITE_BUSY seen by any client; every receipt a voter received is stored.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../db';
import { workerCount } from '../scripts/serve';
import { storedReceipts, votingFixture } from '../bench/lib/voting';
import { startServer } from '../bench/lib/server';
import { writeResult } from '../bench/lib/measure';

const STEPS = [10, 50, 100];
const SECONDS = Number(process.env.DRILL_SECONDS ?? 8);
const WORKERS = workerCount(process.env.DRILL_WORKERS);

async function main() {
  const server = await startServer('drill-load', 3500, WORKERS);
  const database = openDatabase(server.dbFile);
  const { selection, ids, codes } = await votingFixture(database, 100_000);
  let next = 0;
  const received: string[] = [];
  let busy = 0;
  const watch = (_status: number, body: string) => {
    if (body.includes('SQLITE_BUSY') || body.includes('database is locked')) busy++;
  };
  const refused = new Map<number, number>();
  const readerPaths = [`/selections/${selection.year}`, '/', '/vote', '/communities', `/api/v1/selections/${selection.year}`];
  const rows = [];
  try {
    // Closing time comes to a server that has served all day: every worker has loaded its routes and
    // the public pages are in the cache. Asked a few times each, so that both workers answer.
    for (let round = 0; round < 6; round++) for (const page of readerPaths) await (await fetch(server.url + page)).arrayBuffer();
    for (const connections of STEPS) {
      const [voters, readers] = await Promise.all([
        autocannon({
          url: `${server.url}/api/v1/ballots`,
          connections,
          duration: SECONDS,
          requests: [
            {
              method: 'POST',
              setupRequest: (r) => ({
                ...r,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  selection: selection.year,
                  code: codes[next++ % codes.length],
                  candidates: ids.slice(0, 1 + (next % 10)),
                }),
              }),
              onResponse: (status, body) => {
                watch(status, body);
                if (status !== 201) refused.set(status, (refused.get(status) ?? 0) + 1);
                if (status === 201) received.push((JSON.parse(body) as { trackingCode: string }).trackingCode);
              },
            },
          ],
        }),
        // The readers are other people than the voters: their own client, on a thread of its own, so
        // the voters' client work (a body per ballot, 100 connections) never delays their timings.
        autocannon({
          url: server.url,
          connections,
          duration: SECONDS,
          workers: 1,
          // In workers mode autocannon takes the file that exports the check (its types know only functions).
          verifyBody: path.resolve(__dirname, 'lib/no-busy.js') as unknown as autocannon.Options['verifyBody'],
          requests: readerPaths.map((path) => ({ path })),
        }),
      ]);
      const count5xx = (r: autocannon.Result) => r['5xx'] ?? 0;
      rows.push({
        connections,
        voters: {
          rps: Math.round(voters.requests.average),
          p90: voters.latency.p90,
          p99: voters.latency.p99,
          fivexx: count5xx(voters),
          errors: voters.errors,
        },
        readers: {
          // Pages that took longer than the step are not in autocannon's latency figures at all.
          completed: readers.requests.total,
          rps: Math.round(readers.requests.average),
          p90: readers.latency.p90,
          p99: readers.latency.p99,
          fivexx: count5xx(readers),
          errors: readers.errors,
          sqliteBusy: readers.mismatches,
        },
      });
    }
  } finally {
    await server.stop();
  }
  const stored = storedReceipts(database, selection.year, received);
  database.$client.close();
  console.log(`\ndrill:load — voters and readers together, ${WORKERS} workers, ${SECONDS} s per step`);
  console.log('| connections (each) | ballots/s | voter p90 / p99 ms | pages/s | reader p90 / p99 ms | 5xx | errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.connections} | ${r.voters.rps} | ${r.voters.p90} / ${r.voters.p99} | ${r.readers.rps} | ${r.readers.p90} / ${r.readers.p99} | ${r.voters.fivexx + r.readers.fivexx} | ${r.voters.errors + r.readers.errors} |`,
    );
  busy += rows.reduce((s, r) => s + r.readers.sqliteBusy, 0);
  const fivexx = rows.reduce((s, r) => s + r.voters.fivexx + r.readers.fivexx, 0);
  const top = rows[rows.length - 1]!;
  console.log(`SQLITE_BUSY seen by clients: ${busy}; 5xx: ${fivexx} (target: none of either)`);
  const readerP99 = top.readers.completed > 0 ? `${top.readers.p99} ms` : `none of the pages asked for arrived within ${SECONDS} s`;
  console.log(`reader p99 at ${top.connections} + ${top.connections}: ${readerP99} (target < 1000 ms)`);
  if (refused.size > 0) console.log(`ballots refused, by status: ${[...refused].map(([status, n]) => `${status} × ${n}`).join(', ')}`);
  console.log(`receipts received → stored: ${received.length} → ${stored} (target: all)`);
  const ok = busy === 0 && fivexx === 0 && refused.size === 0 && top.readers.completed > 0 && top.readers.p99 < 1000 && stored === received.length;
  writeResult('load', {
    workers: WORKERS,
    steps: rows,
    sqliteBusy: busy,
    fivexx,
    receiptsReceived: received.length,
    receiptsStored: stored,
    refusedByStatus: Object.fromEntries(refused),
    ok,
  });
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
