/**
 * Streaming reader of `.bel` archives: yields one record at a time from bytes, a web ReadableStream
 * (browser `fetch(...).body`, `file.stream()`) or any async iterable of chunks (a Node file stream),
 * holding no more than one record in memory.
 */
import { BLOCK, tarHeader } from './archive';

export type ArchiveSource = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export type ArchiveRecord = {
  /** Position of the record in the archive (0 = the BELENIOS header). */
  index: number;
  name: string;
  kind: 'header' | 'data' | 'event' | 'other';
  /** The hex SHA-256 the file name claims for its content. */
  nameHash?: string;
  text: string;
  mtime: number;
  /** The tar header is exactly the one Belenios writes for this name, size and time. */
  canonicalHeader: boolean;
};

export class ArchiveFormatError extends Error {}

async function* chunks(source: ArchiveSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
  } else if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    const reader = source.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } else {
    yield* source as AsyncIterable<Uint8Array>;
  }
}

/** Exact-length reads over a stream of chunks. */
function byteReader(source: ArchiveSource) {
  const it = chunks(source);
  let buffer = new Uint8Array(0);
  let offset = 0;
  return async (n: number): Promise<Uint8Array | null> => {
    while (buffer.length - offset < n) {
      const next = await it.next();
      if (next.done) {
        if (buffer.length - offset === 0) return null;
        throw new ArchiveFormatError('archive ends in the middle of a record');
      }
      const merged = new Uint8Array(buffer.length - offset + next.value.length);
      merged.set(buffer.subarray(offset), 0);
      merged.set(next.value, buffer.length - offset);
      buffer = merged;
      offset = 0;
    }
    const out = buffer.slice(offset, offset + n);
    offset += n;
    return out;
  };
}

const ascii = (b: Uint8Array) => String.fromCharCode(...b);
const field = (b: Uint8Array, start: number, length: number) => {
  const s = ascii(b.subarray(start, start + length));
  const nul = s.indexOf('\u0000');
  return (nul >= 0 ? s.slice(0, nul) : s).trim();
};
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function* readArchive(source: ArchiveSource): AsyncGenerator<ArchiveRecord> {
  const read = byteReader(source);
  for (let index = 0; ; index++) {
    const header = await read(BLOCK);
    if (!header) return;
    if (header.every((b) => b === 0)) {
      // A tar end marker: only zero blocks may follow.
      for (let more = await read(BLOCK); more; more = await read(BLOCK))
        if (!more.every((b) => b === 0)) throw new ArchiveFormatError('data after the end-of-archive marker');
      return;
    }
    const name = field(header, 0, 100);
    const size = parseInt(field(header, 124, 12), 8);
    const mtime = parseInt(field(header, 136, 12), 8);
    const checksum = parseInt(field(header, 148, 8), 8);
    const copy = header.slice();
    copy.fill(32, 148, 156);
    if (!Number.isSafeInteger(size) || copy.reduce((a, x) => a + x, 0) !== checksum)
      throw new ArchiveFormatError(`record ${index}: bad tar header`);
    const body = size === 0 ? new Uint8Array(0) : await read(Math.ceil(size / BLOCK) * BLOCK);
    if (!body) throw new ArchiveFormatError(`record ${index}: missing content`);
    let text: string;
    try {
      text = fatalUtf8.decode(body.subarray(0, size));
    } catch {
      throw new ArchiveFormatError(`record ${index} (${name}): not UTF-8`);
    }
    const m = /^([0-9a-f]{64})\.(data|event)\.json$/.exec(name);
    yield {
      index,
      name,
      kind: name === 'BELENIOS' ? 'header' : m ? (m[2] as 'data' | 'event') : 'other',
      nameHash: m?.[1],
      text,
      mtime,
      canonicalHeader: tarHeader(name, size, mtime).every((b, i) => b === header[i]),
    };
  }
}
