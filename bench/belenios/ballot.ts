/** (a) One 20-candidate choose-1..10 ballot, encrypted and checked on the server: noble vs libsodium. */
import { encryptBallot } from '../../lib/belenios/ballot';
import { checkBallot } from '../../lib/belenios/ballot-check';
import { setBackend } from '../../lib/belenios/group';
import { nobleBackend } from '../../lib/belenios/group-noble';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { benchElection, median, mergeResult, vote } from './common';

const RUNS = 15;

export async function benchBallot() {
  const sodium = await enableSodium();
  const { ctx, credentials } = benchElection(RUNS + 2);
  const known = new Set(credentials.publicCredentials);
  const lookup = (c: string) => (known.has(c) ? 1 : undefined);
  const out: Record<string, { encryptMs: number; checkMs: number }> = {};
  for (const backend of [nobleBackend, sodium]) {
    setBackend(backend);
    const enc: number[] = [];
    const chk: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      let t = performance.now();
      const b = encryptBallot(ctx, credentials.privateCodes[i]!, [vote(i)]);
      enc.push(performance.now() - t);
      t = performance.now();
      const c = checkBallot(ctx, lookup, b.ballot);
      chk.push(performance.now() - t);
      if (!c.ok) throw new Error(c.reason);
    }
    // the first two runs warm the JIT up
    out[backend.name] = { encryptMs: +median(enc.slice(2)).toFixed(1), checkMs: +median(chk.slice(2)).toFixed(1) };
  }
  const result = { election: '20 candidates, choose 1..10', runs: RUNS, ...out, checkRatioNobleToSodium: +(out.noble!.checkMs / out.libsodium!.checkMs).toFixed(2) };
  mergeResult('ballot', result);
  return result;
}
