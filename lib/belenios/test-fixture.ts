/** The small election shared by the tests: 3-of-5 guardians, 6 candidates choose 1..3, 10 ballots. */
import { enableSodium } from './group-sodium';
import { memorySink, simulateElection, type Simulation } from './simulate';

export const VOTES = [
  [1, 0, 0, 0, 0, 0],
  [1, 1, 0, 0, 0, 0],
  [0, 1, 1, 1, 0, 0],
  [0, 0, 0, 0, 0, 1],
  [1, 0, 1, 0, 1, 0],
  [0, 0, 0, 1, 0, 0],
  [1, 1, 1, 0, 0, 0],
  [0, 0, 0, 0, 1, 1],
  [0, 1, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 1],
];
export const EXPECTED = [[5, 4, 3, 2, 2, 3]];
export const CANDIDATES = ['王小明', '李华', 'Zhang Wei', '陈静', 'Liu Yang', '赵敏'];

let cached: Promise<{ sim: Simulation; bytes: Uint8Array }> | undefined;

export function smallElection() {
  cached ??= (async () => {
    await enableSodium();
    const m = memorySink();
    const sim = await simulateElection(
      { candidates: CANDIDATES, min: 1, max: 3, guardians: 5, threshold: 3, votes: VOTES, decryptors: [1, 3, 5], timestamp: 1767225600 },
      m.sink,
    );
    return { sim, bytes: m.bytes() };
  })();
  return cached;
}
