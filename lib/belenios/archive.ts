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

/** One member of the archive after the header: a data file or an event, named by its SHA-256. */
export type ChainRecord = { event: boolean; hash: string; text: string };
export const recordName = (r: Pick<ChainRecord, 'event' | 'hash'>) => `${r.hash}.${r.event ? 'event' : 'data'}.json`;
export const headerText = (timestamp: number) => encode(headerCodec, { version: 1, timestamp: String(timestamp) });

/**
 * The event chain without any I/O: each step returns the records to append, in order, and moves the
 * chain on. Synchronous, so a server can append inside one database transaction and store `state`
 * with the records; `createArchiveWriter` is this plus the tar framing.
 */
export function createChain(resume?: { parent: string; height: number }) {
  let parent = resume?.parent;
  let height = resume ? resume.height + 1 : 0;
  const data = (text: string): ChainRecord => ({ event: false, hash: sha256Hex(text), text });
  function event(type: EventType, payload?: string): ChainRecord {
    const e: BelEvent = { parent, height, type, payload };
    const text = encode(eventCodec, e);
    const hash = sha256Hex(text);
    parent = hash;
    height++;
    return { event: true, hash, text };
  }
  const withEvent = (type: EventType, files: ChainRecord[]) => [...files, event(type, files[files.length - 1]?.hash)];
  return {
    /** Election, trustees and public credentials (raw JSON files), setup_data, the Setup event. */
    setup(electionRaw: string, trusteesRaw: string, credentialsRaw: string): ChainRecord[] {
      const files = [data(electionRaw), data(trusteesRaw), data(credentialsRaw)];
      const [election, trustees, credentials] = files.map((f) => f.hash) as [string, string, string];
      return withEvent('Setup', [...files, data(encode(setupDataCodec, { election, trustees, credentials }))]);
    },
    ballot: (raw: string) => withEvent('Ballot', [data(raw)]),
    endBallots: (): ChainRecord[] => [event('EndBallots')],
    encryptedTally(encryptedTallyRaw: string, numTallied: number, totalWeight: number): ChainRecord[] {
      const et = data(encryptedTallyRaw);
      const sized = data(encode(sizedEncryptedTallyCodec, { num_tallied: numTallied, total_weight: totalWeight, encrypted_tally: et.hash }));
      return withEvent('EncryptedTally', [et, sized]);
    },
    partialDecryption(owner: number, partialDecryptionRaw: string): ChainRecord[] {
      const pd = data(partialDecryptionRaw);
      return withEvent('PartialDecryption', [pd, data(encode(ownedCodec, { owner, payload: pd.hash }))]);
    },
    result: (resultRaw: string) => withEvent('Result', [data(resultRaw)]),
    /** Where the chain stands: pass it as `resume` to append later. */
    get state(): ChainState {
      return { parent, height: height - 1 };
    },
  };
}
export type Chain = ReturnType<typeof createChain>;

export type ArchiveWriterOptions = {
  /** Seconds since 1970; the header's timestamp, stamped on every record. */
  timestamp: number;
  /** Continue an existing archive after its last event (the header is then not written again). */
  resume?: { parent: string; height: number };
};

export function createArchiveWriter(sink: Sink, options: ArchiveWriterOptions) {
  const { timestamp } = options;
  const chain = createChain(options.resume);
  let started = options.resume !== undefined;
  const put = async (name: string, text: string) => sink(tarRecord(name, utf8.encode(text), timestamp));
  async function write(records: ChainRecord[]): Promise<string> {
    if (!started) {
      started = true;
      await put('BELENIOS', headerText(timestamp));
    }
    for (const r of records) await put(recordName(r), r.text);
    return records[records.length - 1]!.hash;
  }
  return {
    /** Election, trustees and public credentials (raw JSON files), setup_data, the Setup event. */
    setup: (electionRaw: string, trusteesRaw: string, credentialsRaw: string) => write(chain.setup(electionRaw, trusteesRaw, credentialsRaw)),
    /** One accepted ballot; returns the Ballot event's hash. */
    ballot: (raw: string) => write(chain.ballot(raw)),
    endBallots: () => write(chain.endBallots()),
    encryptedTally: (encryptedTallyRaw: string, numTallied: number, totalWeight: number) =>
      write(chain.encryptedTally(encryptedTallyRaw, numTallied, totalWeight)),
    partialDecryption: (owner: number, partialDecryptionRaw: string) => write(chain.partialDecryption(owner, partialDecryptionRaw)),
    result: (resultRaw: string) => write(chain.result(resultRaw)),
    /** Where the chain stands: pass it as `resume` to append later. */
    get state(): ChainState {
      return chain.state;
    },
  };
}

export type ArchiveWriter = ReturnType<typeof createArchiveWriter>;
