import { beforeAll, describe, expect, it } from 'vitest';
import { ballotTracker } from './ballot';
import { smallElection, EXPECTED } from './test-fixture';
import { editableRecords, rebuildArchive, tamper } from './tamper';
import { tamperCases } from './tamper-cases';
import { memorySink, simulateElection, type Simulation } from './simulate';
import { verifyArchive, type VerifyReport } from './verify';

let sim: Simulation;
let bytes: Uint8Array;
beforeAll(async () => ({ sim, bytes } = await smallElection()));

const checks = (r: VerifyReport) => r.failures.map((f) => f.check);

describe('verifyArchive', () => {
  it('accepts the archive of a 3-of-5 election and recomputes its result', async () => {
    const r = await verifyArchive(bytes);
    expect(r).toMatchObject({ ok: true, phase: 'published', ballots: 10, tallied: 10, revotes: 0, partialDecryptions: [1, 3, 5], result: EXPECTED });
    expect(r.fingerprint).toBe(sim.ctx.fingerprint);
  });

  it('names the check, the event and the ballot tracker of each alteration', async () => {
    for (const c of tamperCases(sim, bytes)) {
      const r = await verifyArchive(await c.bytes);
      expect(r.ok, c.name).toBe(false);
      expect(checks(r), c.name).toContain(c.ours);
    }
    const [altered] = tamperCases(sim, bytes);
    const r = await verifyArchive(await altered!.bytes);
    const f = r.failures.find((x) => x.check === 'ballot.badSignature')!;
    expect(f.event).toEqual({ height: 4, type: 'Ballot' });
    expect(f.tracker).not.toBe(sim.trackers[3]); // the altered ballot's own tracker
    expect(f.tracker).toMatch(/^[A-Za-z0-9+/]{43}$/);
  });

  it('refuses a changed result, a changed tally, a dropped ballot, a duplicated ballot', async () => {
    const result = await tamper(bytes, 'result', 0, () => '{"result":[[6,4,3,2,2,2]]}');
    expect(checks(await verifyArchive(result))).toContain('result.mismatch');
    const records = await editableRecords(bytes);
    const ballots = records.filter((x) => x.role === 'ballot');
    // drop ballot 2 with its event: the chain is rebuilt, so only the tally shows it
    const i = records.indexOf(ballots[2]!);
    const dropped = rebuildArchive([...records.slice(0, i), ...records.slice(i + 2)], 1767225600);
    expect(checks(await verifyArchive(dropped))).toEqual(expect.arrayContaining(['tally.encryptedTally', 'tally.numTallied']));
    const dup = rebuildArchive([...records.slice(0, i + 2), ballots[2]!, records[i + 1]!, ...records.slice(i + 2)], 1767225600);
    expect(checks(await verifyArchive(dup))).toContain('ballot.duplicate');
  });

  it('refuses a file whose content does not match its name, or a broken chain', async () => {
    const raw = bytes.slice();
    const pos = Buffer.from(raw).indexOf(Buffer.from('"overall_proof"'));
    raw[pos + 30] = raw[pos + 30] === 0x31 ? 0x32 : 0x31; // one digit of a ballot, file name unchanged
    expect(checks(await verifyArchive(raw))).toEqual(['fileHash']);
    const records = await editableRecords(bytes);
    const events = records.filter((x) => x.role === 'event');
    const reordered = records.slice();
    const a = reordered.indexOf(events[1]!);
    [reordered[a - 1], reordered[a], reordered[a + 1], reordered[a + 2]] = [reordered[a + 1]!, reordered[a + 2]!, reordered[a - 1]!, reordered[a]!];
    expect(checks(await verifyArchive(rebuildArchive(reordered, 1767225600)))).toEqual([]); // swapping two ballots is allowed
    const noSetup = rebuildArchive([records[0]!, ...records.slice(6)], 1767225600);
    expect(checks(await verifyArchive(noSetup))).toContain('chain');
  });

  it('verifies an archive still in the voting phase, and can forbid revotes', async () => {
    const records = await editableRecords(bytes);
    const firstBallots = records.slice(0, 6 + 2 * 3);
    const r = await verifyArchive(rebuildArchive(firstBallots, 1767225600));
    expect(r).toMatchObject({ ok: true, phase: 'voting', ballots: 3 });
    expect(ballotTracker(records[6]!.text)).toBe(sim.trackers[0]);
  });

  it('counts only the last ballot of a credential, and can forbid revotes', async () => {
    const m = memorySink();
    // four ballots, three voters: the fourth replaces the first (same credential)
    const votes = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 1, 0]];
    const r = await simulateElection({ candidates: ['a', 'b', 'c'], min: 1, max: 1, guardians: 2, threshold: 2, votes, voters: 3 }, m.sink);
    expect(r.result).toEqual([[0, 2, 1]]);
    const report = await verifyArchive(m.bytes());
    expect(report).toMatchObject({ ok: true, ballots: 4, tallied: 3, revotes: 1, result: [[0, 2, 1]] });
    const strict = await verifyArchive(m.bytes(), { forbidRevotes: true });
    expect(checks(strict)).toEqual(['ballot.revote']);
  });
});
