/** npm run bench — runs every bench script, then prints one table of each figure beside its same-run baseline and target. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const scripts = [['bench/vote.ts'], ['bench/vote.ts', 'encrypted'], ['bench/pages.ts'], ['bench/results.ts'], ['bench/scoring.ts']];
for (const script of scripts) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) console.error(`${script.join(' ')} exited with ${run.status}`);
}

const read = (name: string) => JSON.parse(fs.readFileSync(`bench/results/${name}.json`, 'utf8'));
const vote = read('vote');
const results = read('results');
const scoring = read('scoring');
const pages = read('pages');
type Run = {
  workers: number;
  noop: { rps: number };
  vote: { rps: number; p99: number; errors: number; non2xx: number };
  ratio: number;
  receiptsStored: number;
  receiptsReceived: number;
};
const sealed = read('vote-encrypted');
const runs: Run[] = vote.runs;
const rows: [string, string, string, string, boolean][] = [
  ...runs.map((r): [string, string, string, string, boolean] => [
    `ballots cast over HTTP, ${r.workers} worker${r.workers > 1 ? 's' : ''}`,
    `${r.vote.rps}/s (p99 ${r.vote.p99} ms)`,
    `no-op route ${r.noop.rps}/s`,
    `ratio ≥ 0.7 → ${r.ratio.toFixed(2)}`,
    r.ratio >= 0.7,
  ]),
  ['ballots/s, 2 workers / 1 worker', vote.scaling.toFixed(2), `1 worker ${runs[0]!.vote.rps}/s`, '≥ 1.3', vote.scaling >= 1.3],
  [
    'cast errors / non-2xx',
    runs.map((r) => `${r.vote.errors} / ${r.vote.non2xx}`).join(', '),
    '',
    '0',
    runs.every((r) => r.vote.errors + r.vote.non2xx === 0),
  ],
  [
    'receipts received → stored',
    runs.map((r) => `${r.receiptsStored} of ${r.receiptsReceived}`).join(', '),
    '',
    'all',
    runs.every((r) => r.receiptsStored === r.receiptsReceived),
  ],
  ...(pages.pages as { name: string; cache: string; page: { rps: number; p99: number }; ratio: number }[]).map(
    (p): [string, string, string, string, boolean] => [
      `${p.name} (x-nextjs-cache ${p.cache})`,
      `${p.page.rps}/s (p99 ${p.page.p99} ms)`,
      `prerendered /about ${pages.baseline.rps}/s`,
      `ratio ≥ 0.8 → ${p.ratio.toFixed(2)}`,
      p.ratio >= 0.8,
    ],
  ),
  [
    'published results page',
    `${results.page.page.rps}/s (p99 ${results.page.page.p99} ms)`,
    `prerendered /about ${results.page.baseline.rps}/s`,
    `ratio ≥ 0.9 → ${results.page.ratio.toFixed(2)}`,
    results.page.ratio >= 0.9,
  ],
  [
    `recount of ${results.recount.ballots.toLocaleString()} ballots`,
    `${results.recount.seconds.toFixed(2)} s`,
    '',
    '< 5 s',
    results.recount.seconds < 5 && results.recount.matches,
  ],
  [
    `ballot-log download (${results.download.megabytes.toFixed(0)} MB)`,
    `worker's peak RSS ${results.download.peakRssMb.toFixed(0)} MB`,
    `before ${results.download.rssBeforeMb.toFixed(0)} MB; all the server's processes ${results.download.treePeakRssMb?.toFixed(0) ?? '?'} MB`,
    '< 200 MB',
    results.download.peakRssMb < 200,
  ],
  [
    `assessment recompute (${scoring.officials} officials)`,
    `${scoring.recompute.seconds.toFixed(2)} s`,
    `plain SQL pass ${scoring.plainSql.seconds.toFixed(2)} s`,
    '< 2 s',
    scoring.recompute.seconds < 2,
  ],
  [
    'encrypted ballots sealed on the device, checked and cast over HTTP (20 candidates, choose ≤ 10)',
    `${sealed.device.rps}/s (p99 ${sealed.device.p99} ms)`,
    `no-op route ${sealed.noop.rps}/s (ratio ${sealed.ratioDevice.toFixed(3)})`,
    '≥ 20/s, 0 errors',
    sealed.device.rps >= 20 && sealed.device.errors + sealed.device.non2xx === 0,
  ],
  [
    'plain choices sealed by the server and cast (no JavaScript, kiosks)',
    `${sealed.server.rps}/s (p99 ${sealed.server.p99} ms)`,
    `ratio ${sealed.ratioServer.toFixed(3)}`,
    '0 errors',
    sealed.server.errors + sealed.server.non2xx === 0,
  ],
  [
    'sealing a choose-10 ballot in the vote page, Chromium at 4× CPU slowdown',
    `${sealed.browser.sealMs} ms (max ${sealed.browser.sealMaxMs})`,
    `tap to receipt ${sealed.browser.castToReceiptMs} ms`,
    '< 3 s',
    sealed.browser.sealMaxMs < 3000,
  ],
];
console.log(
  `\nload average (1 min) at the end of each: ${['vote', 'pages', 'results', 'scoring'].map((n) => `${n} ${read(n).loadavg?.[0] ?? '?'}`).join(', ')}`,
);
console.log('\n| figure | value | same-run baseline | target | met |\n| --- | --- | --- | --- | --- |');
for (const [figure, value, baseline, target, met] of rows)
  console.log(`| ${figure} | ${value} | ${baseline} | ${target} | ${met ? 'yes' : 'no'} |`);
