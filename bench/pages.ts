/**
 * npm run bench:pages — the public pages closing time hits hardest, each against a page prerendered
 * at build time (/about) in the same run on the same server: the home page, /vote, the open
 * selection's page and /communities (target ≥ 0.8 × the baseline each), in Chinese, in English and in
 * elders' mode (the variant the proxy picks from the cookie). Each page is loaded once first, so the
 * figure is its cached copy, and the run says whether Next answered from its cache.
 * Writes bench/results/pages.json.
 */
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db';
import { selections } from '../db/schema';
import { measure, writeResult, type Measured } from './lib/measure';
import { startServer } from './lib/server';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const TARGET = 0.8;

async function main() {
  const server = await startServer('pages', 3250, WORKERS);
  const database = openDatabase(server.dbFile);
  const open = database.select().from(selections).where(eq(selections.stage, 'voting')).get()!;
  database.$client.close();
  const pages: { name: string; path: string; cookie?: string }[] = [
    { name: 'home', path: '/' },
    { name: '/vote', path: '/vote' },
    { name: `open selection /selections/${open.year}`, path: `/selections/${open.year}` },
    { name: '/communities', path: '/communities' },
    { name: 'home in English', path: '/en' },
    { name: "home in elders' mode", path: '/', cookie: 'elder=1' },
  ];
  const rows: { name: string; path: string; cache: string; page: Measured; ratio: number }[] = [];
  let baseline: Measured;
  try {
    await fetch(`${server.url}/about`);
    baseline = await measure({ url: `${server.url}/about`, duration: DURATION });
    for (const p of pages) {
      const headers: Record<string, string> = p.cookie ? { cookie: p.cookie } : {};
      await fetch(server.url + p.path, { headers });
      const cache = (await fetch(server.url + p.path, { headers })).headers.get('x-nextjs-cache') ?? 'none';
      const page = await measure({ url: server.url + p.path, headers, duration: DURATION });
      rows.push({ name: p.name, path: p.path, cache, page, ratio: page.rps / baseline.rps });
    }
  } finally {
    await server.stop();
  }
  console.log(`\nbench:pages (${WORKERS} worker, 50 connections, ${DURATION} s each)`);
  console.log(`  prerendered /about    ${baseline.rps} req/s   p99 ${baseline.p99} ms`);
  for (const r of rows)
    console.log(
      `  ${r.name.padEnd(36)} ${r.page.rps} req/s   p99 ${r.page.p99} ms   x-nextjs-cache ${r.cache}   ratio ${r.ratio.toFixed(2)} (target ≥ ${TARGET})`,
    );
  writeResult('pages', { workers: WORKERS, baseline, pages: rows, target: TARGET });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
