/**
 * verifyArchive: the universal verifier of a `.bel` archive, in the browser or in Node (spec §3.5).
 * Checks the file hashes and tar layout, the event chain (parent, height, order), the setup
 * (trustee proofs, election key, credentials), every ballot (canonical, known credential, signature,
 * proofs, no duplicate), the encrypted tally against the last ballot of each credential, every
 * partial decryption's proofs, and the result. Streams: memory grows with the number of voters,
 * not with the archive. Ballot checks can be handed to a worker pool (options.checker).
 */
import { readArchive, type ArchiveSource } from './archive-read';
import { checkBallot, type BallotVerdict } from './ballot-check';
import { sha256B64, sha256Hex } from './hash';
import { decode } from './json';
import { checkPartialDecryption, combineResult, createTally, type OwnedPartialDecryption, type TallyOutput } from './tally';
import { trusteeSlots } from './trustees';
import { eventCodec, headerCodec, ownedCodec, partialDecryptionCodec, resultCodec, setupDataCodec, sizedEncryptedTallyCodec, type Ballot, type BelEvent, type EncryptedTally, type EventType } from './types';
import { verifySetup, type VerifiedSetup } from './verify-setup';

/** `tracker` names the ballot and `trustee` the guardian (1-based) a failure is about, so a reader can be told which. */
export type VerifyFailure = { check: string; detail: string; event?: { height: number; type: string }; tracker?: string; trustee?: number };
export type Phase = 'empty' | 'setup' | 'voting' | 'closed' | 'tallied' | 'decrypting' | 'published';
export type VerifyReport = {
  ok: boolean;
  failures: VerifyFailure[];
  phase: Phase;
  uuid?: string;
  fingerprint?: string;
  ballots: number;
  tallied: number;
  /** Ballots replaced by a later ballot with the same credential (allowed by the spec). */
  revotes: number;
  partialDecryptions: number[];
  result?: number[][];
  /** The checked setup and encrypted tally, for a guardian who decrypts from the archive. */
  setup?: VerifiedSetup;
  encryptedTally?: EncryptedTally;
};

export type BallotChecker = (raw: string) => BallotVerdict | Promise<BallotVerdict>;
export type VerifyOptions = {
  /** Makes the ballot checker once the setup is known (e.g. a worker pool); default: this thread. */
  checker?: (setup: VerifiedSetup) => BallotChecker | Promise<BallotChecker>;
  /** Ballot checks in flight at once (default 64). */
  concurrency?: number;
  onProgress?: (ballotsChecked: number) => void;
  /** Stop collecting after this many failures (default 50). */
  maxFailures?: number;
  /** Minping burns a code per ballot: a second ballot with a credential is then a failure. */
  forbidRevotes?: boolean;
};

const NEXT: Record<EventType | 'start', EventType[]> = {
  start: ['Setup'],
  Setup: ['Ballot', 'EndBallots'],
  Ballot: ['Ballot', 'EndBallots'],
  EndBallots: ['EncryptedTally'],
  EncryptedTally: ['PartialDecryption'],
  Shuffle: [],
  EndShuffles: [],
  PartialDecryption: ['PartialDecryption', 'Result'],
  Result: [],
};
const PHASE: Record<EventType, Phase> = {
  Setup: 'voting',
  Ballot: 'voting',
  EndBallots: 'closed',
  EncryptedTally: 'tallied',
  Shuffle: 'tallied',
  EndShuffles: 'tallied',
  PartialDecryption: 'decrypting',
  Result: 'published',
};

class Fatal extends Error {}

export async function verifyArchive(source: ArchiveSource, options: VerifyOptions = {}): Promise<VerifyReport> {
  const report: VerifyReport = { ok: false, failures: [], phase: 'empty', ballots: 0, tallied: 0, revotes: 0, partialDecryptions: [] };
  const maxFailures = options.maxFailures ?? 50;
  let current: BelEvent | undefined;
  const fail = (check: string, detail: string, tracker?: string, trustee?: number) => {
    if (report.failures.length < maxFailures)
      report.failures.push({ check, detail, tracker, trustee, event: current && { height: current.height, type: current.type } });
  };
  const fatal = (check: string, detail: string): never => {
    fail(check, detail);
    throw new Fatal(detail);
  };

  let timestamp: number | undefined;
  let last: { hash: string; type: EventType | 'start'; height: number } = { hash: '', type: 'start', height: -1 };
  const window = new Map<string, string>();
  let setup: VerifiedSetup | undefined;
  let checker: BallotChecker | undefined;
  let tally: ReturnType<typeof createTally> | undefined;
  let tallied: TallyOutput | undefined;
  let totalWeight = 0;
  const seenBallots = new Set<string>();
  const pds: OwnedPartialDecryption[] = [];
  const pending: { raw: string; event: BelEvent; verdict: Promise<BallotVerdict> }[] = [];

  const take = (hash: string | undefined, what: string): string => {
    const text = hash === undefined ? undefined : window.get(hash);
    if (text === undefined) return fatal('layout', `${what} referred to by the event is not in the archive before it`);
    window.delete(hash!);
    return text;
  };
  const parse = <T>(codec: Parameters<typeof decode<T>>[0], raw: string, what: string): T => {
    try {
      return decode(codec, raw, what);
    } catch (e) {
      return fatal(what, e instanceof Error ? e.message : String(e));
    }
  };

  async function settle(upTo: number) {
    while (pending.length > upTo) {
      const { raw, event, verdict } = pending.shift()!;
      const v = await verdict;
      const saved = current;
      current = event;
      if (!v.ok) fail(`ballot.${v.reason}`, v.detail, sha256B64(raw));
      else {
        if (tally!.add(JSON.parse(raw) as Ballot, v.weight)) {
          report.revotes++;
          if (options.forbidRevotes) fail('ballot.revote', 'a second ballot with the same credential', v.tracker);
        }
      }
      current = saved;
      report.ballots++;
      options.onProgress?.(report.ballots);
    }
  }

  async function onEvent(e: BelEvent) {
    if (!NEXT[last.type].includes(e.type)) fatal('chain', `a ${e.type} event cannot follow ${last.type}`);
    if (e.type !== 'Ballot') await settle(0);
    switch (e.type) {
      case 'Setup': {
        const data = parse(setupDataCodec, take(e.payload, 'setup_data'), 'setup_data');
        const outcome = verifySetup(take(data.election, 'election'), take(data.trustees, 'trustees'), take(data.credentials, 'credentials'));
        if (!outcome.ok) fatal(`setup.${outcome.check}`, outcome.detail);
        else setup = report.setup = outcome.setup;
        report.uuid = setup!.ctx.election.uuid;
        report.fingerprint = setup!.ctx.fingerprint;
        const s = setup!;
        checker = options.checker
          ? await options.checker(s)
          : (raw) => checkBallot(s.ctx, (c) => s.credentials.weights.get(c), raw);
        tally = createTally(s.ctx);
        break;
      }
      case 'Ballot': {
        const raw = take(e.payload, 'ballot');
        if (seenBallots.has(e.payload!)) fail('ballot.duplicate', 'the same ballot appears twice', sha256B64(raw));
        seenBallots.add(e.payload!);
        pending.push({ raw, event: e, verdict: Promise.resolve(checker!(raw)) });
        await settle((options.concurrency ?? 64) - 1);
        break;
      }
      case 'EndBallots':
        if (e.payload !== undefined) fail('chain', 'EndBallots has a payload');
        tallied = tally!.finish();
        report.tallied = tallied.numTallied;
        totalWeight = tallied.totalWeight;
        break;
      case 'EncryptedTally': {
        const sized = parse(sizedEncryptedTallyCodec, take(e.payload, 'sized_encrypted_tally'), 'sized_encrypted_tally');
        const raw = take(sized.encrypted_tally, 'encrypted_tally');
        if (raw !== tallied!.encryptedTallyRaw) fail('tally.encryptedTally', 'the encrypted tally is not the sum of the last ballots');
        else report.encryptedTally = tallied!.encryptedTally;
        if (sized.num_tallied !== tallied!.numTallied)
          fail('tally.numTallied', `num_tallied is ${sized.num_tallied}, the ballots give ${tallied!.numTallied}`);
        if (sized.total_weight !== tallied!.totalWeight)
          fail('tally.totalWeight', `total_weight is ${sized.total_weight}, the ballots give ${tallied!.totalWeight}`);
        break;
      }
      case 'PartialDecryption': {
        const owned = parse(ownedCodec, take(e.payload, 'owned_partial_decryption'), 'owned_partial_decryption');
        const pd = parse(partialDecryptionCodec, take(owned.payload, 'partial_decryption'), 'partial_decryption');
        const slot = trusteeSlots(setup!.trustees)[owned.owner - 1];
        if (!slot) fatal('decryption.owner', `no trustee number ${owned.owner}`);
        if (report.partialDecryptions.includes(owned.owner)) fail('decryption.duplicate', `trustee ${owned.owner} decrypted twice`, undefined, owned.owner);
        const problem = checkPartialDecryption(setup!.ctx, tallied!.encryptedTally, slot!.publicKey, pd);
        if (problem) fail('decryption.proof', `trustee ${owned.owner}: ${problem}`, undefined, owned.owner);
        else pds.push({ owner: owned.owner, pd });
        report.partialDecryptions.push(owned.owner);
        break;
      }
      case 'Result': {
        const given = parse(resultCodec, take(e.payload, 'result'), 'result');
        const computed = combineResult(setup!.ctx, setup!.trustees, tallied!.encryptedTally, totalWeight, pds);
        if (!computed.ok) fail('result.combine', computed.reason);
        else if (JSON.stringify(computed.result) !== JSON.stringify(given.result))
          fail('result.mismatch', `published ${JSON.stringify(given.result)}, the decryptions give ${JSON.stringify(computed.result)}`);
        else report.result = computed.result;
        break;
      }
      default:
        fatal('chain', `${e.type} events (mixnets) are not supported by this verifier`);
    }
    report.phase = PHASE[e.type];
  }

  try {
    for await (const record of readArchive(source)) {
      if (record.index === 0) {
        if (record.kind !== 'header') fatal('header', 'the archive does not start with a BELENIOS header');
        const h = parse(headerCodec, record.text, 'header');
        timestamp = typeof h.timestamp === 'number' ? h.timestamp : Number(h.timestamp);
        if (!record.canonicalHeader || record.mtime !== timestamp) fail('layout', 'BELENIOS tar header is not canonical');
        continue;
      }
      current = undefined;
      if (record.kind !== 'data' && record.kind !== 'event') fatal('layout', `unexpected file ${record.name}`);
      if (sha256Hex(record.text) !== record.nameHash) fatal('fileHash', `${record.name}: content does not match its name`);
      if (!record.canonicalHeader || record.mtime !== timestamp) fail('layout', `${record.name}: tar header is not canonical`);
      if (record.kind === 'data') {
        window.set(record.nameHash!, record.text);
        continue;
      }
      const e = parse(eventCodec, record.text, 'event');
      current = e;
      if (e.height !== last.height + 1) fatal('chain', `height ${e.height} after ${last.height}`);
      if ((e.parent ?? '') !== last.hash) fatal('chain', 'parent is not the hash of the previous event');
      await onEvent(e);
      if (window.size > 0) fail('layout', `${window.size} data file(s) not referred to by this event`);
      window.clear();
      last = { hash: record.nameHash!, type: e.type, height: e.height };
    }
    await settle(0);
    current = undefined;
    if (timestamp === undefined) fatal('header', 'empty archive');
    if (window.size > 0) fail('layout', 'data files after the last event');
  } catch (e) {
    if (!(e instanceof Fatal)) fail('format', e instanceof Error ? e.message : String(e));
  }
  report.ok = report.failures.length === 0 && report.phase !== 'empty';
  return report;
}
