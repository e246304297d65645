/**
 * The `.bel` public record (spec §4.3): an old-style tar of a BELENIOS header, then data and event
 * files named `<sha256 hex>.data.json` / `.event.json`, events chained by parent hash and height.
 * Tar headers are written byte for byte as Belenios' archive.ml does (mode 0644, uid/gid 0, every
 * record stamped with the header's timestamp), so Belenios' own fsck would regenerate the same bytes.
 *
 * The writer is incremental: it keeps only the last event's hash and height, and hands each record
 * to `sink` as soon as it is made, so a 20,000-ballot archive streams to a file or the network.
 */
import { sha256Hex } from './hash';
import { encode } from './json';
import { eventCodec, headerCodec, ownedCodec, setupDataCodec, sizedEncryptedTallyCodec, type BelEvent, type EventType } from './types';

export const BLOCK = 512;
const utf8 = new TextEncoder();

const octal = (n: number, width: number) => n.toString(8).padStart(width, '0');

/** The 512-byte tar header Belenios writes for `name` of `length` bytes. */
export function tarHeader(name: string, length: number, timestamp: number): Uint8Array {
  const b = new Uint8Array(BLOCK);
  const put = (offset: number, s: string) => b.set(utf8.encode(s), offset);
  put(0, name);
  put(100, '0000644');
  put(108, '0000000');
  put(116, '0000000');
  put(124, octal(length, 11));
  put(136, octal(timestamp, 11));
  put(148, '        ');
  put(156, '0');
  const sum = b.reduce((a, x) => a + x, 0);
  put(148, `${octal(sum, 6)}\u0000 `);
  return b;
}

/** Header and body (zero-padded to whole blocks) of one archive member. */
export function tarRecord(name: string, body: Uint8Array, timestamp: number): Uint8Array {
  const padded = Math.ceil(body.length / BLOCK) * BLOCK;
  const out = new Uint8Array(BLOCK + padded);
  out.set(tarHeader(name, body.length, timestamp), 0);
  out.set(body, BLOCK);
  return out;
}

export type Sink = (chunk: Uint8Array) => void | Promise<void>;

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A sink that keeps the archive in memory (tests, small archives, a browser download). */
export function memorySink() {
  const parts: Uint8Array[] = [];
  return { sink: (c: Uint8Array) => void parts.push(c), bytes: () => concatBytes(parts) };
}
export type ChainState = { parent?: string; height: number };

export type ArchiveWriterOptions = {
  /** Seconds since 1970; the header's timestamp, stamped on every record. */
  timestamp: number;
  /** Continue an existing archive after its last event (the header is then not written again). */
  resume?: { parent: string; height: number };
};

export function createArchiveWriter(sink: Sink, options: ArchiveWriterOptions) {
  const { timestamp } = options;
  let parent = options.resume?.parent;
  let height = options.resume ? options.resume.height + 1 : 0;
  let started = options.resume !== undefined;

  const writeRecord = async (name: string, text: string) => sink(tarRecord(name, utf8.encode(text), timestamp));
  async function start() {
    if (started) return;
    started = true;
    await writeRecord('BELENIOS', encode(headerCodec, { version: 1, timestamp: String(timestamp) }));
  }
  async function data(text: string): Promise<string> {
    await start();
    const hash = sha256Hex(text);
    await writeRecord(`${hash}.data.json`, text);
    return hash;
  }
  async function event(type: EventType, payload?: string): Promise<string> {
    await start();
    const e: BelEvent = { parent, height, type, payload };
    const text = encode(eventCodec, e);
    const hash = sha256Hex(text);
    await writeRecord(`${hash}.event.json`, text);
    parent = hash;
    height++;
    return hash;
  }

  return {
    /** Election, trustees and public credentials (raw JSON files), setup_data, the Setup event. */
    async setup(electionRaw: string, trusteesRaw: string, credentialsRaw: string) {
      const election = await data(electionRaw);
      const trustees = await data(trusteesRaw);
      const credentials = await data(credentialsRaw);
      const setup = await data(encode(setupDataCodec, { election, trustees, credentials }));
      return event('Setup', setup);
    },
    /** One accepted ballot; returns the Ballot event's hash. */
    async ballot(raw: string) {
      return event('Ballot', await data(raw));
    },
    endBallots: () => event('EndBallots'),
    async encryptedTally(encryptedTallyRaw: string, numTallied: number, totalWeight: number) {
      const et = await data(encryptedTallyRaw);
      const sized = encode(sizedEncryptedTallyCodec, { num_tallied: numTallied, total_weight: totalWeight, encrypted_tally: et });
      return event('EncryptedTally', await data(sized));
    },
    async partialDecryption(owner: number, partialDecryptionRaw: string) {
      const pd = await data(partialDecryptionRaw);
      return event('PartialDecryption', await data(encode(ownedCodec, { owner, payload: pd })));
    },
    async result(resultRaw: string) {
      return event('Result', await data(resultRaw));
    },
    /** Where the chain stands: pass it as `resume` to append later. */
    get state(): ChainState {
      return { parent, height: height - 1 };
    },
  };
}

export type ArchiveWriter = ReturnType<typeof createArchiveWriter>;
