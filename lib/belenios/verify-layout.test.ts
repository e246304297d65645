import { beforeAll, describe, expect, it } from 'vitest';
import { tarRecord } from './archive';
import { smallElection } from './test-fixture';
import { editableRecords, rebuildArchive, tamper, type EditableRecord } from './tamper';
import { verifyArchive, type VerifyReport } from './verify';

let bytes: Uint8Array;
let records: EditableRecord[];
const T = 1767225600;
beforeAll(async () => {
  ({ bytes } = await smallElection());
  records = await editableRecords(bytes);
});

const checks = (r: VerifyReport) => r.failures.map((f) => f.check);
const verifyRecords = async (rs: EditableRecord[], fixChain = true) => checks(await verifyArchive(rebuildArchive(rs, T, fixChain)));
const event = (type: string) => records.findIndex((r) => r.role === 'event' && r.eventType === type);
const copy = () => records.map((r) => ({ ...r }));

describe('verifyArchive: chain, layout and tally bookkeeping', () => {
  it('refuses a broken height or parent even when every file hash is right', async () => {
    const h = copy();
    const i = event('EndBallots');
    h[i]!.text = h[i]!.text.replace(/"height":\d+/, '"height":99');
    expect(await verifyRecords(h, false)).toEqual(['chain']);
    const p = copy();
    p[i]!.text = p[i]!.text.replace(/"parent":"[0-9a-f]+"/, `"parent":"${'0'.repeat(64)}"`);
    expect(await verifyRecords(p, false)).toEqual(['chain']);
    const payload = copy();
    payload[i]!.text = payload[i]!.text.replace('}', `,"payload":"${'0'.repeat(64)}"}`);
    expect(await verifyRecords(payload)).toContain('chain');
  });

  it('refuses stray data files, a missing header, other file names and non-canonical tar headers', async () => {
    const stray = copy();
    stray.splice(event('EndBallots'), 0, { role: 'ballot', text: '{"stray":1}', original: '{"stray":1}' });
    expect(await verifyRecords(stray)).toEqual(['layout']);
    const trailing = [...copy(), { role: 'ballot' as const, text: '{"late":1}', original: '{"late":1}' }];
    expect(await verifyRecords(trailing)).toEqual(['layout']);
    expect(checks(await verifyArchive(bytes.slice(1024)))).toEqual(['header']);
    const utf8 = new TextEncoder();
    const other = new Uint8Array([...bytes, ...tarRecord('README', utf8.encode('hi'), T)]);
    expect(checks(await verifyArchive(other))).toEqual(['layout']);
    const late = new Uint8Array(bytes);
    late.set(tarRecord(`${'0'.repeat(64)}.data.json`, new Uint8Array(0), T + 1).subarray(136, 148), 1024 + 136);
    // fix the header checksum so only the timestamp differs
    const header = late.subarray(1024, 1536);
    header.fill(32, 148, 156);
    header.set(utf8.encode(`${header.reduce((a, b) => a + b, 0).toString(8).padStart(6, '0')}\u0000 `), 148);
    expect(checks(await verifyArchive(late))).toEqual(['layout']);
    expect(checks(await verifyArchive(new Uint8Array(0)))).toEqual(['header']);
    expect(await verifyArchive(new Uint8Array(0))).toMatchObject({ ok: false, phase: 'empty' });
    expect(checks(await verifyArchive(new Uint8Array(700).fill(65)))).toEqual(['format']);
  });

  it('refuses a wrong total weight, an unknown or repeated trustee, too few decryptions', async () => {
    const weight = await tamper(bytes, 'sized_encrypted_tally', 0, (t) => t.replace('"total_weight":10', '"total_weight":11'));
    expect(checks(await verifyArchive(weight))).toContain('tally.totalWeight');
    const owner = await tamper(bytes, 'owned', 0, (t) => t.replace(/"owner":\d+/, '"owner":9'));
    expect(checks(await verifyArchive(owner))).toEqual(['decryption.owner']);
    const pd = records.findIndex((r) => r.role === 'partial_decryption');
    const twice = copy();
    twice.splice(pd + 3, 0, ...copy().slice(pd, pd + 3));
    expect(await verifyRecords(twice)).toEqual(['decryption.duplicate']);
    const two = copy();
    two.splice(pd, 3);
    expect(await verifyRecords(two)).toEqual(['result.combine']);
  });

  it('stops collecting after maxFailures', async () => {
    const [a, b] = [records.findIndex((r) => r.role === 'ballot'), records.findLastIndex((r) => r.role === 'ballot')];
    const two = copy();
    for (const i of [a, b]) two[i]!.text = two[i]!.text.replace('"answers"', '"answers" ');
    expect(await verifyRecords(two)).toEqual(expect.arrayContaining(['ballot.notCanonical']));
    expect(checks(await verifyArchive(rebuildArchive(two, T), { maxFailures: 1 }))).toEqual(['ballot.notCanonical']);
  });
});
