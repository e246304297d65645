import { encryptBallot, type EncryptedBallot } from '@/lib/belenios/ballot';
import { loadElection } from '@/lib/belenios/election';
import type { SealReply, SealRequest } from './protocol';

export type Sealer = { seal: (code: string, choices: number[][]) => Promise<EncryptedBallot>; close: () => void };

/** Sealing on this thread, for a browser without workers or when the worker fails. */
function onThisThread(electionRaw: string, code: string, choices: number[][]) {
  const started = performance.now();
  const sealed = encryptBallot(loadElection(electionRaw), code, choices);
  performance.measure('minping:seal', { start: started, end: performance.now() });
  return sealed;
}

/**
 * Seals ballots in a Web Worker (seal-worker.ts), started and given the election as soon as the
 * review screen shows, so the page stays responsive while a slow phone computes. Falls back to
 * this thread if the worker cannot start or fails; the ballot is the same either way.
 */
export function createSealer(electionRaw: string): Sealer {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (reply: SealReply | null) => void>();
  try {
    worker = new Worker(new URL('./seal-worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<SealReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
    worker.postMessage({ id: next++, electionRaw, choices: [] } satisfies SealRequest);
  } catch {
    worker = null;
  }

  const ask = (request: SealRequest) =>
    new Promise<SealReply | null>((resolve) => {
      if (!worker) return resolve(null);
      waiting.set(request.id, resolve);
      worker.postMessage(request);
    });

  return {
    async seal(code, choices) {
      const reply = await ask({ id: next++, electionRaw, code, choices });
      if (!reply?.ok || !reply.sealed) return onThisThread(electionRaw, code, choices);
      // Read by bench:vote's browser part (a user timing entry, nothing is sent anywhere).
      const end = performance.now();
      performance.measure('minping:seal', { start: end - (reply.ms ?? 0), end });
      return reply.sealed;
    },
    close: () => worker?.terminate(),
  };
}
