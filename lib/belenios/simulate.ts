/**
 * A whole election in one process: every party played by this code, in order. For tests, benchmarks
 * and demo data only — in a real election each guardian and the credential authority run their
 * own steps on their own machines (see README.md in this folder).
 */
import { createArchiveWriter, type Sink } from './archive';
import { encryptBallot } from './ballot';
import { checkBallot } from './ballot-check';
import { generateCredentials, parsePublicCredentials } from './credentials';
import { generateUuid, loadElection, makeElection, type ElectionContext } from './election';
import { encode } from './json';
import { createTally, partialDecrypt, combineResult, type OwnedPartialDecryption } from './tally';
import { assembleThresholdParameters, computeVinputs, generateGuardianCert, guardianDecryptionKey, makePolynomial, makeVoutput } from './trustee-pedersen';
import { combineTrusteeKeys } from './trustees';
import { partialDecryptionCodec, publicCredentialsCodec, resultCodec, trusteesCodec, type TrusteeKind, type Voutput } from './types';

export type Ceremony = { seeds: string[]; voutputs: Voutput[]; trustees: TrusteeKind[]; trusteesRaw: string; publicKey: string };

/** The k-of-n key ceremony with n guardians in one process. */
export function runCeremony(n: number, k: number): Ceremony {
  const step1 = Array.from({ length: n }, generateGuardianCert);
  const certs = step1.map((s) => s.cert);
  const polynomials = step1.map((s) => makePolynomial(s.seed, certs, k));
  const vinputs = computeVinputs(certs, polynomials);
  const voutputs = step1.map((s, j) => makeVoutput(s.seed, certs, vinputs[j]!));
  const trustees: TrusteeKind[] = [['Pedersen', assembleThresholdParameters(certs, polynomials, voutputs)]];
  return { seeds: step1.map((s) => s.seed), voutputs, trustees, trusteesRaw: encode(trusteesCodec, trustees), publicKey: combineTrusteeKeys(trustees) };
}

export type SimulationInput = {
  candidates: string[];
  min: number;
  max: number;
  guardians: number;
  threshold: number;
  /** One 0/1 vector per ballot; ballot i is cast with credential i mod voters. */
  votes: number[][];
  voters?: number;
  /** Guardians (1-based) who decrypt; default the first `threshold`. */
  decryptors?: number[];
  /** Stop after EndBallots (no tally). */
  stopAfterVoting?: boolean;
  uuid?: string;
  timestamp?: number;
};

export type Simulation = {
  ctx: ElectionContext;
  ceremony: Ceremony;
  privateCredentials: string[];
  publicCredentials: string[];
  trackers: string[];
  result?: number[][];
};

export async function simulateElection(input: SimulationInput, sink: Sink): Promise<Simulation> {
  const uuid = input.uuid ?? generateUuid();
  const ceremony = runCeremony(input.guardians, input.threshold);
  const voters = input.voters ?? input.votes.length;
  const electionRaw = makeElection({
    uuid,
    name: '十佳公仆评选（演示）',
    description: 'Demo election: invented candidates',
    candidates: input.candidates,
    question: `Choose ${input.min} to ${input.max}`,
    min: input.min,
    max: input.max,
    publicKey: ceremony.publicKey,
  });
  const ctx = loadElection(electionRaw);
  const creds = generateCredentials(uuid, voters);
  const list = parsePublicCredentials(creds.publicCredentials);
  if (!list.ok) throw new Error(list.reason);
  const writer = createArchiveWriter(sink, { timestamp: input.timestamp ?? Math.floor(Date.now() / 1000) });
  await writer.setup(electionRaw, ceremony.trusteesRaw, encode(publicCredentialsCodec, creds.publicCredentials));
  const tally = createTally(ctx);
  const trackers: string[] = [];
  for (const [i, vote] of input.votes.entries()) {
    const b = encryptBallot(ctx, creds.privateCodes[i % voters]!, [vote]);
    const checked = checkBallot(ctx, (c) => list.list.weights.get(c), b.ballot);
    if (!checked.ok) throw new Error(`simulated ballot rejected: ${checked.reason}`);
    tally.add(checked.ballot, checked.weight);
    trackers.push(b.tracker);
    await writer.ballot(b.ballot);
  }
  await writer.endBallots();
  const sim: Simulation = { ctx, ceremony, privateCredentials: creds.privateCodes, publicCredentials: creds.publicCredentials, trackers };
  if (input.stopAfterVoting) return sim;
  const t = tally.finish();
  await writer.encryptedTally(t.encryptedTallyRaw, t.numTallied, t.totalWeight);
  const pds: OwnedPartialDecryption[] = [];
  for (const owner of input.decryptors ?? Array.from({ length: input.threshold }, (_, i) => i + 1)) {
    const share = guardianDecryptionKey(ceremony.seeds[owner - 1]!, ceremony.voutputs[owner - 1]!.private_key);
    const pd = partialDecrypt(ctx, t.encryptedTally, share);
    pds.push({ owner, pd });
    await writer.partialDecryption(owner, encode(partialDecryptionCodec, pd));
  }
  const outcome = combineResult(ctx, ceremony.trustees, t.encryptedTally, t.totalWeight, pds);
  if (!outcome.ok) throw new Error(outcome.reason);
  await writer.result(encode(resultCodec, { result: outcome.result }));
  return { ...sim, result: outcome.result };
}

export { memorySink } from './archive';
