/**
 * Node-only: one worker thread of the ballot-check pool (pool.ts). Loads the election and the public
 * credentials once, switches to libsodium, then checks ballots sent by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encryptBallot } from '../ballot';
import { checkBallot, type BallotVerdict } from '../ballot-check';
import { parsePublicCredentials } from '../credentials';
import { loadElection } from '../election';
import { enableSodium } from '../group-sodium';

export type WorkerInit = { electionRaw: string; publicCredentials: string[] };
/** `encrypt`: a ballot made here on a voter's behalf (a form without JavaScript, a kiosk), then checked like any other. */
export type WorkerRequest = { id: number; raw: string; noop?: boolean; encrypt?: { code: string; choices: number[][] } };

async function main() {
  const init = workerData as WorkerInit;
  await enableSodium();
  const ctx = loadElection(init.electionRaw);
  const list = parsePublicCredentials(init.publicCredentials);
  if (!list.ok) throw new Error(list.reason);
  const weights = list.list.weights;
  parentPort!.on('message', ({ id, raw, noop, encrypt }: WorkerRequest) => {
    if (noop) return parentPort!.postMessage({ id, verdict: null });
    try {
      const ballot = encrypt ? encryptBallot(ctx, encrypt.code, encrypt.choices).ballot : raw;
      const check = checkBallot(ctx, (c) => weights.get(c), ballot);
      // The parsed ballot stays here: the main thread only needs the verdict.
      const verdict: BallotVerdict = check.ok
        ? { ok: true, tracker: check.tracker, hash: check.hash, credential: check.credential, weight: check.weight }
        : check;
      parentPort!.postMessage({ id, verdict, ballot: encrypt ? ballot : undefined });
    } catch (e) {
      parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
  parentPort!.postMessage({ ready: true });
}

main().catch((e) => parentPort!.postMessage({ fatal: e instanceof Error ? e.message : String(e) }));
