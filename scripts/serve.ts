/**
 * Serves the built app with WEB_CONCURRENCY worker processes (default: one per CPU core) on one port,
 * all on the same SQLite file: a node:cluster primary that shares the port among the workers
 * (scripts/worker.js, each Next's own server; lib/net/connections.js says how) and replaces a worker
 * that dies, while the others keep their connections. `npm start` calls serve() after migrating and building; run alone
 * (`tsx scripts/serve.ts`) it serves a database and build that are ready.
 *
 * Before any worker starts, every cached page of an earlier run is marked stale and the times at which
 * pages change by the clock are scheduled (lib/revalidate.ts).
 */
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import path from 'node:path';
import { ne } from 'drizzle-orm';
import { openDatabase } from '../db';
import { selections } from '../db/schema';
import { databasePath, readEnv } from '../lib/env';
import { shareConnections } from '../lib/net/connections';
import { revalidateOnStart } from '../lib/revalidate';
import { ensureActionsKey, ensureAuthSecret } from './prepare-db';

export function workerCount(value = process.env.WEB_CONCURRENCY): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : os.availableParallelism();
}

/** Resolves once every worker listens; the process stays the primary until it receives SIGTERM/SIGINT. */
export async function serve({ workers = workerCount() }: { workers?: number } = {}): Promise<void> {
  const file = databasePath();
  const database = openDatabase(file);
  revalidateOnStart(database);
  const years = database
    .select({ year: selections.year })
    .from(selections)
    .where(ne(selections.stage, 'draft'))
    .all()
    .map((s) => s.year);
  database.$client.close();

  const env = {
    ...process.env,
    PORT: String(readEnv().PORT),
    AUTH_SECRET: ensureAuthSecret(file),
    AUTH_TRUST_HOST: 'true',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ensureActionsKey(file),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const connections = shareConnections(Number(env.PORT));
  cluster.setupPrimary({ exec: path.join(__dirname, 'worker.js'), execArgv: [] });
  let stopping = false;
  const fork = () => connections.attach(cluster.fork(env));
  const recent: number[] = [];
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    // A worker that cannot start at all would otherwise be restarted in a tight loop.
    const now = Date.now();
    recent.push(now);
    while (recent.length && recent[0]! < now - 60_000) recent.shift();
    setTimeout(fork, recent.length > 10 ? 5_000 : 0);
  });
  for (let i = 0; i < workers; i++) fork();

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const w of alive) w?.process.kill(signal);
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  await connections.listening(workers);
  await warm(Number(env.PORT), years);
}

/**
 * Renders the busiest public pages into the page cache before saying the server is ready, so the
 * first readers after a start (or a deployment) do not all wait for the same renders at once.
 */
async function warm(port: number, years: number[]) {
  const pages = ['/', '/vote', '/selections', '/communities', '/hall-of-fame', ...years.map((y) => `/selections/${y}`)];
  for (const path of [...pages, ...pages.map((p) => `/en${p === '/' ? '' : p}`)]) {
    try {
      await (await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
    } catch {
      /* a page that fails to render now renders on its first visit instead */
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  serve().then(() => console.log(`Serving on port ${readEnv().PORT} with ${workerCount()} workers`));
}
