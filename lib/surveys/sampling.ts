import { createHash } from 'node:crypto';

/**
 * The sampling recipe, published word for word on the sampling page, so that anyone holding the
 * revealed seed and the register hashes can draw the same sample with a few lines of code.
 */
export const SAMPLING_RECIPE = [
  'For each community, take the register hashes (id_hash, lower-case hex) of its households as of the draw.',
  'For each hash h, compute rank = SHA-256(seed + "|" + communityId + "|" + h) as lower-case hex (UTF-8 input).',
  'Sort the households by rank ascending (ties, which SHA-256 makes practically impossible, by h ascending).',
  'Take the first ceil(N × percent / 100) households, where N is the number of households in the community.',
  'The seed is published only after the draw; before it, only SHA-256(seed) is published (the commitment).',
].join('\n');

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The commitment published before the draw. */
export const seedCommitment = (seed: string) => sha256(seed);

export const seedMatches = (seed: string, committedHash: string) => seedCommitment(seed) === committedHash;

export const sampleSize = (households: number, percent: number) =>
  households <= 0 ? 0 : Math.min(households, Math.ceil((households * percent) / 100 - 1e-9));

/** The sample of one community, in draw order. Pure: the same inputs always give the same list. */
export function drawCommunity(seed: string, communityId: number, idHashes: readonly string[], percent: number): string[] {
  const ranked = [...new Set(idHashes)]
    .map((h) => ({ h, rank: sha256(`${seed}|${communityId}|${h}`) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.h < b.h ? -1 : 1));
  return ranked.slice(0, sampleSize(ranked.length, percent)).map((r) => r.h);
}

/** One fingerprint of the whole register at the draw: SHA-256 of sorted "communityId:idHash" lines. */
export function registerFingerprint(rows: readonly { communityId: number; idHash: string }[]): string {
  const lines = rows.map((r) => `${r.communityId}:${r.idHash}`).sort();
  return sha256(lines.join('\n'));
}

export type SampleFile = {
  survey: { id: number; name: string; year: number; samplePercent: number };
  seedHash: string;
  seed: string | null;
  registerHash: string;
  recipe: string;
  communities: { communityId: number; register: string[]; sampled: string[] }[];
};

/** Re-derives every community's sample from a published file; lists what does not match. */
export function verifySampleFile(file: SampleFile): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  if (!file.seed) return { ok: false, problems: ['seed not revealed yet'] };
  if (!seedMatches(file.seed, file.seedHash)) problems.push('the revealed seed does not match the committed hash');
  const rows = file.communities.flatMap((c) => c.register.map((idHash) => ({ communityId: c.communityId, idHash })));
  if (registerFingerprint(rows) !== file.registerHash) problems.push('the register does not match its fingerprint');
  for (const c of file.communities) {
    const again = drawCommunity(file.seed, c.communityId, c.register, file.survey.samplePercent);
    if (again.join() !== c.sampled.join()) problems.push(`community ${c.communityId}: sample differs`);
  }
  return { ok: problems.length === 0, problems };
}
