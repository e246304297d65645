/**
 * npm run bench:belenios [-- a b c d] — the Belenios targets, written to bench/results/belenios.json:
 *   a  check one 20-candidate choose-1..10 ballot on the server (noble vs libsodium)
 *   b  ballots checked per second through the worker pool, with a no-op baseline
 *   c  encrypt+prove a choose-10 ballot in headless Chromium at 4x CPU slowdown
 *   d  our verifier on a generated archive (BENCH_ARCHIVE_BALLOTS, default 20,000)
 */
import { benchArchive } from './belenios/archive';
import { benchBallot } from './belenios/ballot';
import { benchBrowser } from './belenios/browser';
import { benchPool } from './belenios/pool';

const parts: Record<string, () => Promise<object>> = { a: benchBallot, b: benchPool, c: benchBrowser, d: benchArchive };
const wanted = process.argv.slice(2).filter((x) => x in parts);

async function main() {
  for (const p of wanted.length ? wanted : Object.keys(parts)) {
    const started = Date.now();
    const result = await parts[p]!();
    console.log(`${p} (${Math.round((Date.now() - started) / 1000)} s):`, JSON.stringify(result));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
