import fs from 'node:fs';
import readline from 'node:readline';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { publications, selections } from '../db/schema';
import { compareRecount, parseBallotLine, sha256, type Tally } from '../lib/selection/tally';

type Published = { ballotsCast: number; candidates: { id: number; name?: string; votes: number }[] };

/** Recounts a ballot log file line by line (flat memory) and compares it with the published tally. */
export async function recountFile(database: Db, file: string, flags: Record<string, string>): Promise<number> {
  const hash = sha256();
  const votes = new Map<number, number>();
  let n = 0;
  let bad = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    hash.update(`${line}\n`);
    if (!line.trim()) continue;
    const choices = parseBallotLine(line);
    if (!choices) {
      bad++;
      continue;
    }
    n++;
    for (const id of choices) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const counted = { ballots: n, votes };
  const fingerprint = hash.digest('hex');

  let published: Published | null = null;
  let expectedFingerprint: string | null = null;
  if (flags.tally) published = JSON.parse(fs.readFileSync(flags.tally, 'utf8')) as Published;
  else {
    const rows = database.select().from(publications).innerJoin(selections, eq(selections.id, publications.selectionId)).all();
    const row = flags.selection
      ? rows.find((r) => r.selections.year === Number(flags.selection))
      : rows.find((r) => (r.publications.fingerprints as { ballots?: string } | null)?.ballots === fingerprint);
    if (row?.publications.publishedAt) {
      published = row.publications.tally as Tally;
      expectedFingerprint = (row.publications.fingerprints as { ballots: string }).ballots;
    }
  }

  console.log(`Ballots in file: ${counted.ballots}${bad ? ` (${bad} unreadable lines)` : ''}`);
  console.log(
    `SHA-256 of file: ${fingerprint}${expectedFingerprint ? (expectedFingerprint === fingerprint ? '  (matches the published fingerprint)' : '  (DIFFERS from the published fingerprint)') : ''}`,
  );
  const sorted = [...counted.votes.entries()].sort((a, b) => b[1] - a[1]);
  for (const [id, votes] of sorted) console.log(`  candidate ${String(id).padStart(6)}  ${votes}`);
  if (!published) {
    console.log('No published tally to compare with (use --selection <year> or --tally <tally.json>).');
    return 2;
  }
  const result = compareRecount(published, counted);
  if (result.matches) {
    console.log('MATCH: the recount equals the published tally.');
    return 0;
  }
  console.log('MISMATCH: the recount differs from the published tally:');
  for (const d of result.differences) console.log(`  candidate ${d.id}: published ${d.published}, recounted ${d.recounted}`);
  if (result.ballots.published !== result.ballots.recounted)
    console.log(`  ballots: published ${result.ballots.published}, recounted ${result.ballots.recounted}`);
  return 3;
}
