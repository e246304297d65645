import { describe, expect, it } from 'vitest';
import { createArchiveWriter, tarHeader } from './archive';
import { readArchive } from './archive-read';
import { sha256Hex } from './hash';
import { memorySink } from './simulate';

async function records(bytes: Uint8Array | AsyncIterable<Uint8Array>) {
  const out = [];
  for await (const r of readArchive(bytes)) out.push(r);
  return out;
}

async function* inSmallChunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

describe('.bel archive writer and reader', () => {
  it('writes tar headers the way Belenios does', () => {
    const h = tarHeader('BELENIOS', 40, 1767225600);
    const ascii = (a: number, b: number) => Buffer.from(h.subarray(a, b)).toString('latin1');
    expect(ascii(0, 9)).toBe('BELENIOS\0');
    expect(ascii(100, 108)).toBe('0000644\0');
    expect(ascii(124, 136)).toBe('00000000050\0');
    expect(ascii(136, 148)).toBe(`${(1767225600).toString(8).padStart(11, '0')}\0`);
    expect(ascii(156, 157)).toBe('0');
    const sum = h.reduce((a, b, i) => a + (i >= 148 && i < 156 ? 32 : b), 0);
    expect(ascii(148, 156)).toBe(`${sum.toString(8).padStart(6, '0')}\0 `);
    expect(h.subarray(257, 263).every((b) => b === 0)).toBe(true); // no ustar magic: old-style tar
  });

  it('chains events, names files by their hash, and can be resumed later', async () => {
    const first = memorySink();
    const w = createArchiveWriter(first.sink, { timestamp: 1767225600 });
    const setup = await w.setup('{"e":1}', '[]', '[]');
    await w.ballot('{"b":1}');
    const resumed = memorySink();
    const w2 = createArchiveWriter(resumed.sink, { timestamp: 1767225600, resume: { parent: w.state.parent!, height: w.state.height } });
    await w2.ballot('{"b":2}');
    await w2.endBallots();
    const all = new Uint8Array([...first.bytes(), ...resumed.bytes()]);
    const rs = await records(inSmallChunks(all, 100));
    expect(rs[0]).toMatchObject({ kind: 'header', text: '{"version":1,"timestamp":"1767225600"}', canonicalHeader: true });
    for (const r of rs.slice(1)) expect(r.nameHash).toBe(sha256Hex(r.text));
    const events = rs.filter((r) => r.kind === 'event').map((r) => JSON.parse(r.text));
    expect(events.map((e) => [e.height, e.type])).toEqual([[0, 'Setup'], [1, 'Ballot'], [2, 'Ballot'], [3, 'EndBallots']]);
    expect(events[0].parent).toBeUndefined();
    expect(sha256Hex(rs.find((r) => r.kind === 'event')!.text)).toBe(setup);
    expect(events[3]).toEqual({ parent: rs.filter((r) => r.kind === 'event')[2]!.nameHash, height: 3, type: 'EndBallots' });
    expect(rs.filter((r) => r.kind === 'data').map((r) => r.text).slice(0, 3)).toEqual(['{"e":1}', '[]', '[]']);
  });

  it('refuses a truncated archive or a corrupted tar header', async () => {
    const m = memorySink();
    await createArchiveWriter(m.sink, { timestamp: 1 }).setup('{}', '[]', '[]');
    const bytes = m.bytes();
    await expect(records(bytes.slice(0, bytes.length - 100))).rejects.toThrow('middle of a record');
    const bad = bytes.slice();
    bad[1029] = bad[1029]! ^ 1; // a byte of the second file name
    await expect(records(bad)).rejects.toThrow('bad tar header');
  });
});
