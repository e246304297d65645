/** (b) Encrypted ballots checked per second through the worker pool, beside a no-op round trip. */
import os from 'node:os';
import { encryptBallot } from '../../lib/belenios/ballot';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { createBallotPool } from '../../lib/belenios/node/pool';
import { benchElection, mergeResult, vote } from './common';

const BALLOTS = Number(process.env.BENCH_POOL_BALLOTS ?? 300);

export async function benchPool() {
  await enableSodium();
  const { ctx, credentials } = benchElection(BALLOTS);
  const ballots = credentials.privateCodes.map((c, i) => encryptBallot(ctx, c, [vote(i, 1 + (i % 10))]).ballot);
  const pool = await createBallotPool({ electionRaw: ctx.raw, publicCredentials: credentials.publicCredentials });
  try {
    await Promise.all(ballots.slice(0, pool.size * 2).map((b) => pool.check(b))); // warm-up
    let t = performance.now();
    const verdicts = await Promise.all(ballots.map((b) => pool.check(b)));
    const checkSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    await Promise.all(ballots.map((b) => pool.noop(b)));
    const noopSeconds = (performance.now() - t) / 1000;
    const perSecond = +(ballots.length / checkSeconds).toFixed(1);
    const noopPerSecond = +(ballots.length / noopSeconds).toFixed(0);
    const result = {
      cores: os.availableParallelism(),
      workers: pool.size,
      ballots: ballots.length,
      errors: verdicts.filter((v) => !v.ok).length,
      ballotsPerSecond: perSecond,
      noopPerSecond,
      ratioToNoop: +(perSecond / noopPerSecond).toFixed(4),
      loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
      target: '>= 20 ballots/s',
    };
    mergeResult('pool', result);
    return result;
  } finally {
    await pool.close();
  }
}
