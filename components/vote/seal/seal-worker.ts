import { encryptBallot } from '@/lib/belenios/ballot';
import { loadElection, type ElectionContext } from '@/lib/belenios/election';
import type { SealReply, SealRequest } from './protocol';

// Sealing a 20-candidate ballot takes seconds on a slow phone: here, off the page's thread, the page
// keeps answering taps and repainting while it runs. The election is parsed once per worker.
let loaded: { raw: string; ctx: ElectionContext } | undefined;

self.onmessage = (event: MessageEvent<SealRequest>) => {
  const { id, electionRaw, code, choices } = event.data;
  let reply: SealReply;
  try {
    if (loaded?.raw !== electionRaw) loaded = { raw: electionRaw, ctx: loadElection(electionRaw) };
    if (!code) reply = { id, ok: true };
    else {
      const started = performance.now();
      const sealed = encryptBallot(loaded.ctx, code, choices);
      reply = { id, ok: true, sealed, ms: performance.now() - started };
    }
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
