import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { limitsPath, openLimits } from '@/db/limits';
import { databasePath } from '@/lib/env';
import { failureLimiter } from './rate-limit';

const run = promisify(execFile);

describe('rate limits in the shared counters file', () => {
  it('two processes count against one key, and what they counted is there after they exit', async () => {
    const worker = path.resolve('tests/unit/limit-worker.ts');
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const args = [tsx, worker, `file:${databasePath()}`, 'shared-test', 'client-1', '15'];
    await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
    const limiter = failureLimiter('shared-test', 1000, 15 * 60);
    expect(await limiter.count('client-1')).toBe(30);
    expect(await limiter.count('client-2')).toBe(0);
  }, 60_000);

  it('blocks at the limit, counts per key, and lives beside the database, not in it', async () => {
    const limiter = failureLimiter('unit-test', 3, 60);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.blocked('a')).toBe(false);
      await limiter.fail('a');
    }
    expect(await limiter.blocked('a')).toBe(true);
    expect(await limiter.blocked('b')).toBe(false);
    await limiter.reset('a');
    expect(await limiter.blocked('a')).toBe(false);
    expect(limitsPath()).not.toBe(databasePath());
    expect(fs.statSync(limitsPath()).mode & 0o077).toBe(0);
    // A fresh connection (a restarted process) reads the same counts.
    await limiter.fail('c');
    expect(openLimits(limitsPath()).prepare("select points from rate_limits where key = 'unit-test:c'").get()).toEqual({ points: 1 });
  });
});
