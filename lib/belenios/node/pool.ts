/**
 * Node-only: server-side ballot checks off the event loop, on worker threads sized to the cores.
 *
 *   const pool = await createBallotPool({ electionRaw, publicCredentials });
 *   const verdict = await pool.check(ballotJson);   // same verdict as checkBallot, without `ballot`
 *   await pool.close();
 *
 * The worker is this folder's ballot-worker.ts, run through tsx (a dependency of the app); pass
 * `workerFile` to use a bundled build instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BallotVerdict } from '../ballot-check';
import type { WorkerInit, WorkerRequest } from './ballot-worker';

export type BallotPoolOptions = WorkerInit & { size?: number; workerFile?: string };
export type BallotPool = {
  check(raw: string): Promise<BallotVerdict>;
  /** Encrypts a ballot on a voter's behalf with their code (it stays in memory, on the worker), then checks it. */
  encrypt(code: string, choices: number[][]): Promise<{ ballot: string; verdict: BallotVerdict }>;
  /** The same round trip with no crypto: the baseline for the pool's own overhead. */
  noop(raw: string): Promise<void>;
  readonly size: number;
  close(): Promise<void>;
};

type Reply = { id?: number; verdict?: BallotVerdict | null; ballot?: string; error?: string; ready?: boolean; fatal?: string };
type Answer = { verdict: BallotVerdict | null; ballot?: string };

function defaultWorkerFile(): string {
  const candidates = [
    typeof __dirname === 'string' ? path.join(__dirname, 'ballot-worker.ts') : '',
    path.resolve(process.cwd(), 'lib/belenios/node/ballot-worker.ts'),
  ];
  const found = candidates.find((f) => f && fs.existsSync(f));
  if (!found) throw new Error('lib/belenios/node/ballot-worker.ts not found; pass workerFile');
  return found;
}

export async function createBallotPool(options: BallotPoolOptions): Promise<BallotPool> {
  const size = Math.max(1, options.size ?? os.availableParallelism());
  const file = options.workerFile ?? defaultWorkerFile();
  const init: WorkerInit = { electionRaw: options.electionRaw, publicCredentials: options.publicCredentials };
  const waiting = new Map<number, { resolve: (v: Answer) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const workers = await Promise.all(
    Array.from({ length: size }, () => {
      // A .ts worker is loaded through tsx's require hook (Node 20 does not pass --import loaders to workers).
      const worker = file.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: init })
        : new Worker(file, { workerData: init });
      const state = { worker, busy: 0 };
      return new Promise<typeof state>((resolve, reject) => {
        worker.on('message', (m: Reply) => {
          if (m.ready) return resolve(state);
          if (m.fatal) return reject(new Error(m.fatal));
          const w = waiting.get(m.id!);
          if (!w) return;
          waiting.delete(m.id!);
          state.busy--;
          if (m.error) w.reject(new Error(m.error));
          else w.resolve({ verdict: m.verdict ?? null, ballot: m.ballot });
        });
        worker.on('error', reject);
      });
    }),
  );
  const send = (message: Omit<WorkerRequest, 'id'>) =>
    new Promise<Answer>((resolve, reject) => {
      const target = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      target.busy++;
      target.worker.postMessage({ id, ...message });
    });
  return {
    size,
    check: async (raw) => (await send({ raw })).verdict!,
    encrypt: async (code, choices) => {
      const answer = await send({ raw: '', encrypt: { code, choices } });
      return { ballot: answer.ballot ?? '', verdict: answer.verdict! };
    },
    noop: async (raw) => void (await send({ raw, noop: true })),
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
