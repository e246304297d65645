/** Shared by the Belenios benches: the 20-candidate, choose-1..10 election of the targets. */
import fs from 'node:fs';
import { generateCredentials } from '../../lib/belenios/credentials';
import { generateUuid, loadElection, makeElection } from '../../lib/belenios/election';
import { runCeremony } from '../../lib/belenios/simulate';

export const CANDIDATES = Array.from({ length: 20 }, (_, i) => `候选人 ${i + 1}`);

export function benchElection(voters: number, guardians = 5, threshold = 3) {
  const ceremony = runCeremony(guardians, threshold);
  const uuid = generateUuid();
  const raw = makeElection({ uuid, name: 'bench', description: '', candidates: CANDIDATES, question: 'Choose 1 to 10', min: 1, max: 10, publicKey: ceremony.publicKey });
  return { ceremony, ctx: loadElection(raw), credentials: generateCredentials(uuid, voters) };
}

/** A vote for `count` of the 20 candidates, varied by i. */
export const vote = (i: number, count = 10) => CANDIDATES.map((_, j) => ((j * 7 + i) % 20 < count ? 1 : 0));

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function mergeResult(part: string, data: object) {
  fs.mkdirSync('bench/results', { recursive: true });
  const file = 'bench/results/belenios.json';
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  all[part] = { at: new Date().toISOString(), ...data };
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
