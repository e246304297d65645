import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from '../../scripts/start';
import { prepareDatabase } from '../../scripts/prepare-db';

export type Server = { url: string; stop: () => Promise<void>; process: ChildProcess };

/** A fresh database (migrated and seeded) in data/bench/<name>, and `next start` over it. */
export async function startServer(name: string, port: number): Promise<Server & { dbFile: string; secret: string }> {
  const dir = path.resolve('data/bench', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const dbFile = path.join(dir, 'minping.db');
  process.env.DATABASE_URL = `file:${dbFile}`;
  const { secret } = await prepareDatabase();
  buildIfNeeded();
  return { ...(await startNext(dbFile, port, secret)), dbFile, secret };
}

/** `next start` over an existing database file; resolves once /api/health answers. */
export async function startNext(dbFile: string, port: number, secret: string): Promise<Server> {
  const child = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}`, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
