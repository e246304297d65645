import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../archive-read';
import { ballotTracker } from '../ballot';
import { publicCredential } from '../credentials';
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
      // On a voter's behalf: the worker encrypts with the code, then checks the ballot like any other.
      const made = await pool.encrypt(sim.privateCredentials[0]!, [[0, 1, 0, 0, 0, 0]]);
      expect(made.verdict).toMatchObject({ ok: true, credential: publicCredential(sim.ctx.election.uuid, sim.privateCredentials[0]!) });
      expect(made.verdict.ok && made.verdict.tracker).toBe(ballotTracker(made.ballot));
      expect(await pool.encrypt(sim.privateCredentials[0]!, [[1, 1, 1, 1, 0, 0]]).catch((e: Error) => e.message)).toMatch(/must be 0\/1/);
    } finally {
      await pool.close();
    }
  });
});
