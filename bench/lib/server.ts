import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/start';
import { prepareDatabase } from '../../scripts/prepare-db';

export type Server = { url: string; stop: () => Promise<void>; kill: () => Promise<void>; process: ChildProcess };
export type Prepared = { dbFile: string; secret: string; actionsKey: string };

/** A fresh database (migrated and seeded) in data/bench/<name>, and the app served over it as `npm start` does. */
export async function startServer(name: string, port: number, workers = 1): Promise<Server & Prepared> {
  const dir = path.resolve('data/bench', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbFile = path.join(dir, 'minping.db');
  process.env.DATABASE_URL = `file:${dbFile}`;
  // The benches and drills cast plain ballots into the demo's open selection (the encrypted bench
  // makes its own selection): the demo's default, an encrypted one, would refuse every plain code.
  process.env.DEMO_VOTE_MODE = 'plain';
  const { secret, actionsKey } = await prepareDatabase();
  buildIfNeeded();
  const prepared = { dbFile, secret, actionsKey };
  return { ...(await startApp(prepared, port, workers)), ...prepared };
}

/**
 * On a machine shared with other checkouts, BENCH_PORT=<n> moves every bench and drill server to
 * n or n + 1 (by the default port's parity), so runs never collide with someone else's defaults.
 */
export function benchPort(port: number): number {
  const base = Number(process.env.BENCH_PORT);
  return Number.isInteger(base) && base > 0 ? base + (port % 2) : port;
}

/**
 * scripts/serve.ts (the cluster primary and its workers) over an existing database, in its own
 * process group; resolves once /api/health answers. `kill` SIGKILLs the whole group, as a crash would.
 */
export async function startApp({ dbFile, secret, actionsKey }: Prepared, given: number, workers = 1): Promise<Server> {
  const port = benchPort(given);
  const child = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), path.resolve('scripts/serve.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${dbFile}`,
      PORT: String(port),
      WEB_CONCURRENCY: String(workers),
      AUTH_SECRET: secret,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when the primary says so, as `npm start` prints its banner: after the workers listen and the
  // busiest pages are rendered into the cache. Health answers before those renders end, and a bench
  // started then measured them too (and its connections met workers busy with them).
  let said = '';
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (said.length < 10_000) said += chunk.toString();
      if (said.includes('Serving on port')) resolve();
    });
    exited.then(resolve);
  });
  await Promise.race([ready, new Promise((r) => setTimeout(r, 120_000))]);
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      /* already gone */
    }
    await exited;
    // The workers leave with their primary; wait until the port is free again.
    await new Promise((r) => setTimeout(r, 200));
  };
  return { url, process: child, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}
