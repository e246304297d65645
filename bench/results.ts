/**
 * npm run bench:results — (1) the published results page against a prerendered response of the same
 * server, (2) recount of 1,000,000 ballots, (3) download of a 1,000,000-ballot log with the server's
 * peak memory. Each figure is printed beside its target; results go to bench/results/results.json.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db';
import { ballotLog, publications, selections } from '../db/schema';
import { recountFile } from '../scripts/recount';
import { ballotLine, countVotes, rankTally, tallyFile } from '../lib/selection/tally';
import { measure, writeResult } from './lib/measure';
import { startApp, startServer } from './lib/server';

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);

function children(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

/**
 * Resident memory, in MB, of a process and all its descendants (tsx, the cluster primary, its worker),
 * and of the worker alone: the worker streams the download, the others only hold the port.
 */
function rssMb(pid: number): { tree: number; worker: number } {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) pids.push(...children(pids[i]!));
  const kb = { tree: 0, worker: 0 };
  for (const p of pids) {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      kb.tree += rss;
      if (fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('scripts/worker.js')) kb.worker += rss;
    } catch {
      /* gone */
    }
  }
  return { tree: kb.tree / 1024, worker: kb.worker / 1024 };
}

function fakeBallots(n: number, candidateIds: number[]) {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const k = 1 + Math.floor(rand() * 10);
    const picks = new Set<number>();
    while (picks.size < k) picks.add(candidateIds[Math.floor(rand() * candidateIds.length)]!);
    out.push([...picks]);
  }
  return out;
}

async function main() {
  const server = await startServer('results', 3300);
  const database = openDatabase(server.dbFile);
  const pastYear = new Date().getFullYear() - 1;
  const results: Record<string, unknown> = {};
  try {
    // (2) Recount of a 1,000,000-ballot log, through the same code as `npm run cli -- recount`.
    const ids = Array.from({ length: 20 }, (_, i) => i + 1);
    const ballots = fakeBallots(BALLOTS, ids);
    const dir = path.dirname(server.dbFile);
    const logFile = path.join(dir, 'ballots.ndjson');
    fs.writeFileSync(logFile, ballots.map(ballotLine).join(''));
    const tally = rankTally(
      ids.map((id) => ({ id, name: `#${id}`, unit: '', position: '' })),
      countVotes(ballots),
      10,
    );
    const tallyPath = path.join(dir, 'tally.json');
    fs.writeFileSync(tallyPath, tallyFile(2099, tally));
    const log = console.log;
    console.log = () => {};
    const started = performance.now();
    const code = await recountFile(database, logFile, { tally: tallyPath });
    const seconds = (performance.now() - started) / 1000;
    console.log = log;
    results.recount = { ballots: BALLOTS, seconds, matches: code === 0, target: '< 5 s' };

    // (3) Download of the same log from the server, sampling its memory.
    const selection = database
      .insert(selections)
      .values({ year: 2099, title: 'bench', stage: 'published', votingOpensAt: new Date(0), votingClosesAt: new Date(1) })
      .returning()
      .get();
    database.transaction((tx) => {
      for (let i = 0; i < ballots.length; i += 1000)
        tx.insert(ballotLog)
          .values(
            ballots
              .slice(i, i + 1000)
              .map((b, k) => ({ selectionId: selection.id, position: i + k + 1, choices: ballotLine(b).trimEnd() })),
          )
          .run();
    });
    database
      .insert(publications)
      .values({
        selectionId: selection.id,
        tally,
        ballotsCounted: BALLOTS,
        publishedAt: new Date(),
        fingerprints: { ballots: 'bench', receipts: 'bench', tally: 'bench' },
      })
      .run();
    // A fresh server over the same file, so its memory is the download's and not earlier load's.
    const fresh = await startApp(server, 3301, 1);
    const before = rssMb(fresh.process.pid!);
    const peak = { ...before };
    const sampler = setInterval(() => {
      const now = rssMb(fresh.process.pid!);
      peak.tree = Math.max(peak.tree, now.tree);
      peak.worker = Math.max(peak.worker, now.worker);
    }, 50);
    const t0 = performance.now();
    const response = await fetch(`${fresh.url}/api/v1/selections/2099/ballots`);
    let bytes = 0;
    const reader = response.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
    clearInterval(sampler);
    await fresh.stop();
    results.download = {
      ballots: BALLOTS,
      megabytes: bytes / 1e6,
      seconds: (performance.now() - t0) / 1000,
      // The target holds the worker, which serves the download (one process when it was set).
      rssBeforeMb: before.worker,
      peakRssMb: peak.worker,
      treeRssBeforeMb: before.tree,
      treePeakRssMb: peak.tree,
      target: "the worker's peak RSS < 200 MB",
    };
    database.delete(ballotLog).where(eq(ballotLog.selectionId, selection.id)).run();

    // Last, so the memory figure above is taken on a server that has not been under load yet.
    // (1) Results page vs a page prerendered at build time (/about), both from Next's page cache.
    const pageUrl = `${server.url}/selections/${pastYear}`;
    await fetch(pageUrl);
    const pageCache = (await fetch(pageUrl)).headers.get('x-nextjs-cache') ?? 'none';
    const baseline = await measure({ url: `${server.url}/about`, duration: DURATION });
    const page = await measure({ url: pageUrl, duration: DURATION });
    results.page = { baseline, page, ratio: page.rps / baseline.rps, pageCache, target: 0.9 };
  } finally {
    database.$client.close();
    await server.stop();
  }
  const r = results as {
    page: { ratio: number; pageCache: string; page: { rps: number; p99: number }; baseline: { rps: number; p99: number } };
    recount: { seconds: number; matches: boolean };
    download: { peakRssMb: number; rssBeforeMb: number; treePeakRssMb: number; seconds: number; megabytes: number };
  };
  console.log(`\nbench:results`);
  console.log(
    `  results page        ${r.page.page.rps} req/s (p99 ${r.page.page.p99} ms, x-nextjs-cache: ${r.page.pageCache}) vs prerendered /about ${r.page.baseline.rps} req/s → ratio ${r.page.ratio.toFixed(2)} (target ≥ 0.9)`,
  );
  console.log(
    `  recount ${BALLOTS.toLocaleString()}   ${r.recount.seconds.toFixed(2)} s, ${r.recount.matches ? 'matches' : 'DOES NOT match'} (target < 5 s)`,
  );
  console.log(
    `  log download        ${r.download.megabytes.toFixed(1)} MB in ${r.download.seconds.toFixed(2)} s, worker's peak RSS ${r.download.peakRssMb.toFixed(0)} MB, ${r.download.rssBeforeMb.toFixed(0)} MB before (target < 200 MB); all its processes' ${r.download.treePeakRssMb.toFixed(0)} MB`,
  );
  writeResult('results', results);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
