/**
 * npm run bench:vote -- encrypted — an encrypted selection (20 candidates, choose up to 10, 3-of-5
 * guardians) over HTTP against the no-op route of the same server in the same run:
 *  - ballots sealed beforehand (as a voter's device would) POSTed to /api/v1/ballots, every proof
 *    and signature checked on the worker pool before the code is burnt;
 *  - plain choices POSTed with the code, sealed by the server on the voter's behalf;
 *  - in Chromium with a 4x CPU slowdown, the real vote page: sealing a choose-10 ballot (the page's
 *    `minping:seal` timing) and the tap on "cast" to the receipt.
 * Then checks that every 201 tracker is in the ballot box.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../db';
import { candidates, encryptedBallots, officials, selections, units } from '../db/schema';
import { runSetup } from '../lib/election/ceremony-run';
import { median } from './belenios/common';
import { measure, writeResult, type Measured } from './lib/measure';
import { startServer } from './lib/server';

const YEAR = 2099;
const AMOUNT = Number(process.env.BENCH_BALLOTS ?? 300);
const CONNECTIONS = 20;
const BROWSER_RUNS = 3;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function encryptedFixture(database: Db, codeCount: number) {
  const at = Date.now();
  const selection = database
    .insert(selections)
    .values({
      year: YEAR,
      title: `${YEAR} 加密投票压测`,
      stage: 'nomination',
      mode: 'encrypted',
      maxChoices: 10,
      votingOpensAt: new Date(at - 3_600_000),
      votingClosesAt: new Date(at + 86_400_000),
    })
    .returning()
    .get();
  for (const o of database.select({ id: officials.id }).from(officials).limit(20).all())
    database.insert(candidates).values({ selectionId: selection.id, officialId: o.id }).run();
  const community = database.select().from(units).where(eq(units.kind, 'community')).get()!;
  const run = runSetup(database, selection, {
    guardians: 5,
    threshold: 3,
    batches: [[community.id, codeCount]],
    at: new Date(at - 7_200_000),
  });
  database.update(selections).set({ stage: 'voting' }).where(eq(selections.id, selection.id)).run();
  const election = database.query.elections.findFirst({ where: (e, { eq: is }) => is(e.id, run.electionId) }).sync()!;
  return { electionId: run.electionId, electionRaw: election.electionRaw!, answerIds: election.answerIds!, codes: run.codes[0]! };
}

/** Seals ballots for `codes` on every core (bench/belenios/gen-worker.ts: 1..10 of the 20 candidates). */
async function sealAll(electionRaw: string, codes: string[]): Promise<string[]> {
  const workers = os.availableParallelism();
  const per = Math.ceil(codes.length / workers);
  const file = path.resolve('bench/belenios/gen-worker.ts');
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, {
        eval: true,
        workerData: { electionRaw, codes: codes.slice(w * per, (w + 1) * per), offset: w * per },
      });
      const out: string[] = [];
      return new Promise<string[]>((resolve, reject) => {
        worker.on('message', (batch: string[] | null) =>
          batch === null ? void worker.terminate().then(() => resolve(out)) : out.push(...batch),
        );
        worker.on('error', reject);
      });
    }),
  );
  return parts.flat();
}

async function post(url: string, bodies: string[]): Promise<{ measured: Measured; trackers: string[] }> {
  let next = 0;
  const trackers: string[] = [];
  const started = Date.now();
  const measured = await measure({
    url: `${url}/api/v1/ballots`,
    connections: CONNECTIONS,
    amount: bodies.length,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, headers: { 'content-type': 'application/json' }, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status === 201) trackers.push((JSON.parse(body) as { trackingCode: string }).trackingCode);
        },
      },
    ],
  });
  // autocannon's average is per whole second; the ballots over the wall time is the honest rate.
  return { measured: { ...measured, rps: Math.round((bodies.length / ((Date.now() - started) / 1000)) * 10) / 10 }, trackers };
}

async function browserPart(url: string, codes: string[]) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const seal: number[] = [];
  const castToReceipt: number[] = [];
  try {
    for (const code of codes) {
      const page = await browser.newPage();
      await page.goto(`${url}/zh-CN/vote?year=${YEAR}#${code}`);
      await page.getByRole('button', { name: '下一步' }).click();
      const boxes = page.locator('input[name=candidate]');
      for (let i = 0; i < 10; i++) await boxes.nth(i * 2).check();
      await page.getByRole('button', { name: '下一步：核对选票' }).click();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const t = Date.now();
      await page.getByRole('button', { name: '确认投票' }).click();
      await page.getByTestId('tracking-code').waitFor({ timeout: 120_000 });
      castToReceipt.push(Date.now() - t);
      seal.push(await page.evaluate(() => performance.getEntriesByName('minping:seal')[0]?.duration ?? -1));
      await page.close();
    }
    return {
      chromium: browser.version(),
      runs: codes.length,
      sealMs: Math.round(median(seal)),
      sealMaxMs: Math.round(Math.max(...seal)),
      castToReceiptMs: Math.round(median(castToReceipt)),
      target: '< 3000 ms sealing at 4x slowdown',
    };
  } finally {
    await browser.close();
  }
}

export async function benchEncryptedVote() {
  const load = os.loadavg();
  const server = await startServer('vote-encrypted', Number(process.env.BENCH_PORT ?? 3200));
  const database = openDatabase(server.dbFile);
  try {
    const { electionId, electionRaw, answerIds, codes } = encryptedFixture(database, AMOUNT * 2 + BROWSER_RUNS);
    const t = Date.now();
    const sealedBallots = await sealAll(electionRaw, codes.slice(0, AMOUNT));
    const sealSeconds = (Date.now() - t) / 1000;
    const noop = await measure({ url: `${server.url}/api/v1/ping`, duration: 10, connections: 50 });
    const device = await post(
      server.url,
      sealedBallots.map((ballot) => JSON.stringify({ selection: YEAR, ballot })),
    );
    const serverSealed = await post(
      server.url,
      codes
        .slice(AMOUNT, AMOUNT * 2)
        .map((code, i) =>
          JSON.stringify({ selection: YEAR, code, candidates: answerIds.filter((_, j) => (j * 7 + i) % 20 < 1 + (i % 10)) }),
        ),
    );
    const browser = await browserPart(server.url, codes.slice(AMOUNT * 2));
    const inBox = (trackers: string[]) =>
      trackers.filter((tracker) =>
        database
          .select()
          .from(encryptedBallots)
          .where(and(eq(encryptedBallots.electionId, electionId), eq(encryptedBallots.tracker, tracker)))
          .get(),
      ).length;
    const stored = { device: inBox(device.trackers), server: inBox(serverSealed.trackers) };
    const clean = (m: Measured) => m.errors === 0 && m.non2xx === 0 && m.timeouts === 0;
    const ok =
      clean(device.measured) &&
      clean(serverSealed.measured) &&
      stored.device === AMOUNT &&
      stored.server === AMOUNT &&
      device.measured.rps >= 20;
    console.log(
      `\nbench:vote encrypted (20 candidates, choose 1..10; ${AMOUNT} ballots each, ${CONNECTIONS} connections; load ${load.map((l) => l.toFixed(1)).join(' ')})`,
    );
    console.log(`  no-op route          ${noop.rps} req/s   p99 ${noop.p99} ms`);
    console.log(
      `  sealed on the device ${device.measured.rps} ballots/s   p99 ${device.measured.p99} ms   errors ${device.measured.errors}   non-2xx ${device.measured.non2xx}   ratio ${(device.measured.rps / noop.rps).toFixed(3)}`,
    );
    console.log(
      `  sealed by the server ${serverSealed.measured.rps} ballots/s   p99 ${serverSealed.measured.p99} ms   errors ${serverSealed.measured.errors}   non-2xx ${serverSealed.measured.non2xx}   ratio ${(serverSealed.measured.rps / noop.rps).toFixed(3)}`,
    );
    console.log(
      `  in the ballot box    ${stored.device}/${device.trackers.length} device, ${stored.server}/${serverSealed.trackers.length} server`,
    );
    console.log(
      `  Chromium 4x slower   sealing median ${browser.sealMs} ms (max ${browser.sealMaxMs}), tap to receipt ${browser.castToReceiptMs} ms`,
    );
    console.log(`  (sealing ${AMOUNT} ballots beforehand on ${os.availableParallelism()} cores took ${sealSeconds.toFixed(1)} s)`);
    writeResult('vote-encrypted', {
      loadBefore: load,
      loadAfter: os.loadavg(),
      noop,
      device: device.measured,
      server: serverSealed.measured,
      ratioDevice: device.measured.rps / noop.rps,
      ratioServer: serverSealed.measured.rps / noop.rps,
      stored,
      browser,
      target: '>= 20 ballots/s, 0 errors',
      ok,
    });
    if (!ok) process.exitCode = 1;
  } finally {
    database.$client.close();
    await server.stop();
  }
}
