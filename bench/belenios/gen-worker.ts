/** Worker for bench (d): encrypts ballots for a slice of the credentials and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { encryptBallot } from '../../lib/belenios/ballot';
import { loadElection } from '../../lib/belenios/election';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { vote } from './common';

const { electionRaw, codes, offset } = workerData as { electionRaw: string; codes: string[]; offset: number };

async function main() {
  await enableSodium();
  const ctx = loadElection(electionRaw);
  let batch: string[] = [];
  for (const [i, code] of codes.entries()) {
    batch.push(encryptBallot(ctx, code, [vote(offset + i, 1 + ((offset + i) % 10))]).ballot);
    if (batch.length === 50 || i === codes.length - 1) {
      parentPort!.postMessage(batch);
      batch = [];
    }
  }
  parentPort!.postMessage(null);
}

void main();
