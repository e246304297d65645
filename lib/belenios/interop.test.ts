/**
 * Interop with sirona 0.0.28, an independent TypeScript implementation of Belenios 2.5, through its
 * real CLI (`sirona election verify`, `sirona election generate-ballot`) on real files.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js';
import { signBallot } from './ballot';
import { checkBallot } from './ballot-check';
import { credentialSecret } from './credentials';
import { encode } from './json';
import { memorySink, runCeremony, simulateElection, type Simulation } from './simulate';
import { tamper } from './tamper';
import { tamperCases } from './tamper-cases';
import { smallElection, CANDIDATES } from './test-fixture';
import { trusteesCodec, type Ballot } from './types';
import { verifyArchive } from './verify';

// sirona computes with noble-curves 1.x: one verification of the small archive takes ~10-20 s here.
vi.setConfig({ testTimeout: 180_000 });

const SIRONA = createRequire(import.meta.url).resolve('sirona/dist/cli/sirona.js');

/** Runs sirona in a fresh directory holding only `archive` (sirona reads the first .bel it finds). */
function sirona(archive: Uint8Array, uuid: string, args: string[], files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sirona-'));
  try {
    fs.writeFileSync(path.join(dir, `${uuid}.bel`), archive);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const r = spawnSync(process.execPath, [SIRONA, 'election', ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let sim: Simulation;
let bytes: Uint8Array;
beforeAll(async () => ({ sim, bytes } = await smallElection()));

describe('sirona accepts what we write', () => {
  it('verifies our 3-of-5 archive (10 ballots, 3 partial decryptions, result)', () => {
    const r = sirona(bytes, sim.ctx.election.uuid, ['verify']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Election fingerprint: ${sim.ctx.fingerprint}`);
    expect(r.stdout).toContain('10 ballots found.');
  });
});

describe('both verifiers reject an altered archive, each naming the failure', () => {
  const sironaSays: Record<string, RegExp> = {
    'one ballot altered': /Ballot recomputed hash is incorrect|Invalid signature/,
    'one proof altered': /Invalid overall proof/,
    'one partial decryption altered': /Invalid decryption proof/,
  };
  it.each(['one ballot altered', 'one proof altered', 'one partial decryption altered'])('%s', async (name) => {
    const c = tamperCases(sim, bytes).find((x) => x.name === name)!;
    const altered = await c.bytes;
    const theirs = sirona(altered, sim.ctx.election.uuid, ['verify']);
    expect(theirs.status).not.toBe(0);
    expect(theirs.stderr).toMatch(sironaSays[name]!);
    const ours = await verifyArchive(altered);
    expect(ours.ok).toBe(false);
    expect(ours.failures.map((f) => f.check)).toContain(c.ours);
  });
});

describe('we accept what sirona makes', () => {
  it('checkBallot accepts ballots from `sirona election generate-ballot` for our election', () => {
    for (const [i, choice] of [[[0, 1, 1, 0, 0, 0]], [[1, 0, 0, 0, 0, 0]], [[0, 0, 1, 1, 1, 0]]].entries()) {
      const r = sirona(bytes, sim.ctx.election.uuid, ['generate-ballot', '--privcred', 'cred.txt', '--choice', 'choice.json'], {
        'cred.txt': `${sim.privateCredentials[i]}\n`,
        'choice.json': JSON.stringify(choice),
      });
      expect(r.status, r.stderr).toBe(0);
      const set = new Set(sim.publicCredentials);
      const check = checkBallot(sim.ctx, (c) => (set.has(c) ? 1 : undefined), r.stdout.trim());
      expect(check, r.stdout).toMatchObject({ ok: true });
    }
  });
});

describe('what sirona 0.0.28 does not check (our verifier does)', () => {
  it('an election key that is not the trustees’ key: sirona accepts the voting-phase archive', async () => {
    const m = memorySink();
    const voting = await simulateElection({ candidates: CANDIDATES, min: 1, max: 3, guardians: 3, threshold: 2, votes: [[1, 0, 0, 0, 0, 0]], stopAfterVoting: true, timestamp: 1767225600 }, m.sink);
    // the operator publishes another ceremony's trustees: the key ballots were encrypted to is not theirs
    const other = encode(trusteesCodec, runCeremony(3, 2).trustees);
    const swapped = await tamper(m.bytes(), 'trustees', 0, () => other);
    expect(sirona(swapped, voting.ctx.election.uuid, ['verify']).status).toBe(0);
    expect((await verifyArchive(swapped)).failures.map((f) => f.check)).toEqual(['setup.electionKey']);
  });

  it('a ballot ciphertext outside the prime-order subgroup: sirona skips that answer’s proofs', async () => {
    const m = memorySink();
    const voting = await simulateElection({ candidates: CANDIDATES, min: 1, max: 3, guardians: 3, threshold: 2, votes: [[1, 0, 0, 0, 0, 0]], stopAfterVoting: true, timestamp: 1767225600 }, m.sink);
    // alpha + a point of order 8: on the curve, not in the group; the voter signs the ballot again
    const torsion = ed25519.Point.fromHex(ED25519_TORSION_SUBGROUP[1]!);
    const bad = await tamper(m.bytes(), 'ballot', 0, (t) => {
      const b = JSON.parse(t) as Ballot;
      const alpha = ed25519.Point.fromBytes(Buffer.from(b.answers[0]!.choices[0]!.alpha, 'hex').reverse());
      b.answers[0]!.choices[0]!.alpha = Buffer.from(alpha.add(torsion).toBytes()).reverse().toString('hex');
      return signBallot(b, credentialSecret(voting.ctx.election.uuid, voting.privateCredentials[0]!));
    });
    expect(sirona(bad, voting.ctx.election.uuid, ['verify']).status).toBe(0);
    expect((await verifyArchive(bad)).failures.map((f) => f.check)).toEqual(['ballot.badPoint']);
  });

  it('a bad proof of knowledge on a Pedersen verification key other than the first', async () => {
    const m = memorySink();
    const voting = await simulateElection({ candidates: CANDIDATES, min: 1, max: 3, guardians: 3, threshold: 2, votes: [[1, 0, 0, 0, 0, 0]], stopAfterVoting: true, timestamp: 1767225600 }, m.sink);
    const bad = await tamper(m.bytes(), 'trustees', 0, (t) => t.replace(/("verification_keys":\[\{.*?\},\{"pok":\{"challenge":")(\d)/, (_, a: string, d: string) => `${a}${d === '1' ? '2' : '1'}`));
    expect(sirona(bad, voting.ctx.election.uuid, ['verify']).status).toBe(0);
    expect((await verifyArchive(bad)).failures.map((f) => f.check)).toEqual(['setup.trustees']);
  });
});
