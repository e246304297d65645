import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../archive-read';
import { smallElection } from '../test-fixture';
import type { Simulation } from '../simulate';
import { createBallotPool } from './pool';

let sim: Simulation;
const ballots: string[] = [];

beforeAll(async () => {
  const fixture = await smallElection();
  sim = fixture.sim;
  let data: string[] = [];
  for await (const r of readArchive(fixture.bytes)) {
    if (r.kind === 'data') data.push(r.text);
    else {
      if (JSON.parse(r.text).type === 'Ballot') ballots.push(data[0]!);
      data = [];
    }
  }
});

describe('ballot-check worker pool', () => {
  it('checks ballots on worker threads with the same verdicts as checkBallot', async () => {
    const pool = await createBallotPool({ electionRaw: sim.ctx.raw, publicCredentials: sim.publicCredentials, size: 2 });
    try {
      const verdicts = await Promise.all(ballots.map((b) => pool.check(b)));
      expect(verdicts.map((v) => v.ok && v.tracker)).toEqual(sim.trackers);
      expect(await pool.check(ballots[0]!.replace('"signature":{', '"signature":{ '))).toMatchObject({ ok: false, reason: 'notCanonical' });
      expect(await pool.check('not json')).toMatchObject({ ok: false, reason: 'badJson' });
      await expect(pool.noop('x')).resolves.toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});
