/**
 * npm run drill:kill — while clients cast ballots (unique codes) against the server as `npm start`
 * runs it (DRILL_WORKERS worker processes, default 2), something is killed with SIGKILL at random
 * moments 20 times: one worker (the primary starts another while the rest keep serving), or the
 * whole server, which is then restarted. Afterwards every receipt a client received must be in the
 * database, no ballot may be partial, counters must equal the ballots, and PRAGMA integrity_check
 * must be ok. Exits non-zero on any loss.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../db';
import { ballots, receipts, selections } from '../db/schema';
import { hashReceipt } from '../lib/selection/codes';
import { votingFixture } from '../bench/lib/voting';
import { startApp, startServer } from '../bench/lib/server';

const KILLS = Number(process.env.DRILL_KILLS ?? 20);
const PORT = 3400;
const CLIENTS = 20;
const WORKERS = Number(process.env.DRILL_WORKERS ?? 2);

/** The worker processes under a server's process tree. */
function workerPids(root: number): number[] {
  const all = [root];
  for (let i = 0; i < all.length; i++) {
    try {
      all.push(
        ...execFileSync('pgrep', ['-P', String(all[i])], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean)
          .map(Number),
      );
    } catch {
      /* no children */
    }
  }
  return all.filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/worker.js');
    } catch {
      return false;
    }
  });
}

async function main() {
  let server = await startServer('drill-kill', PORT, WORKERS);
  const database = openDatabase(server.dbFile);
  const { selection, ids, codes } = await votingFixture(database, 100_000);
  const before =
    database
      .select({ n: sql<number>`count(*)` })
      .from(ballots)
      .where(eq(ballots.selectionId, selection.id))
      .get()?.n ?? 0;

  let next = 0;
  let running = true;
  const received: string[] = [];
  let refused = 0;
  let networkErrors = 0;
  const client = async () => {
    while (running && next < codes.length) {
      const code = codes[next++]!;
      try {
        const r = await fetch(`${server.url}/api/v1/ballots`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ selection: selection.year, code, candidates: ids.slice(0, 1 + (next % 5)) }),
        });
        if (r.status === 201) received.push(((await r.json()) as { trackingCode: string }).trackingCode);
        else refused++;
      } catch {
        networkErrors++; // the server died under this request: no receipt was shown, so nothing is owed
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);

  let workerKills = 0;
  for (let i = 1; i <= KILLS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1200));
    const workers = workerPids(server.process.pid!);
    if (i % 2 === 1 && workers.length > 1) {
      // One worker dies; the primary replaces it and the other keeps answering.
      process.kill(workers[Math.floor(Math.random() * workers.length)]!, 'SIGKILL');
      workerKills++;
    } else {
      await server.kill();
      server = { ...(await startApp(server, PORT, WORKERS)), dbFile: server.dbFile, secret: server.secret, actionsKey: server.actionsKey };
    }
    process.stdout.write(`\rkill ${i}/${KILLS} — receipts so far ${received.length}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  running = false;
  await Promise.all(clients);
  await server.stop();

  const missing = received.filter(
    (code) =>
      !database
        .select()
        .from(receipts)
        .where(eq(receipts.receiptHash, hashReceipt(selection.year, code)))
        .get(),
  );
  const client_ = database.$client;
  const partial = (
    client_
      .prepare('select count(*) n from ballots b where not exists (select 1 from ballot_choices c where c.ballot_id = b.id)')
      .get() as { n: number }
  ).n;
  const ballotCount = (client_.prepare('select count(*) n from ballots where selection_id = ?').get(selection.id) as { n: number }).n;
  const counter = database.select().from(selections).where(eq(selections.id, selection.id)).get()!.ballotsCast;
  const receiptCount = (client_.prepare('select count(*) n from receipts where selection_id = ?').get(selection.id) as { n: number }).n;
  const integrity = String(client_.pragma('integrity_check', { simple: true }));
  database.$client.close();

  const ok = missing.length === 0 && partial === 0 && counter === ballotCount && receiptCount === ballotCount && integrity === 'ok';
  console.log(
    `\n\ndrill:kill — ${KILLS} SIGKILLs (${workerKills} of one worker, the rest of the whole server) while ${CLIENTS} clients cast ballots to ${WORKERS} workers`,
  );
  console.log(`  receipts received by clients    ${received.length}`);
  console.log(`  of those missing in the database ${missing.length}`);
  console.log(`  ballots stored in this drill    ${ballotCount - before} (more than receipts: some answers were cut after the commit)`);
  console.log(`  partial ballots                  ${partial}`);
  console.log(`  counter = ballots = receipts     ${counter} = ${ballotCount} = ${receiptCount}`);
  console.log(`  integrity_check                  ${integrity}`);
  console.log(`  requests cut by a kill           ${networkErrors} (no receipt shown, so none owed); refused ${refused}`);
  console.log(ok ? 'PASS: nothing a voter was told is saved was lost.' : 'FAIL');
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
