import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../index';
import { candidates, elections, officials, selections, units, type Selection } from '../schema';
import { encryptBallot } from '../../lib/belenios/ballot';
import { publicCredential } from '../../lib/belenios/credentials';
import { loadElection } from '../../lib/belenios/election';
import { guardianPartialDecryption, writeKeyFile, type GuardianKeyFile } from '../../lib/belenios/guardian';
import { encode } from '../../lib/belenios/json';
import { partialDecryptionCodec } from '../../lib/belenios/types';
import { castEncryptedWithin } from '../../lib/election/cast';
import { runSetup } from '../../lib/election/ceremony-run';
import { electionContext, encryptedTallyOf, guardiansOf, trusteesOf } from '../../lib/election/store';
import { closeBallotBox, submitPartialDecryption } from '../../lib/election/tally';
import { publish } from '../../lib/selection/publish';
import { seededRandom } from './random';

type Rand = ReturnType<typeof seededRandom>;

/**
 * Demo guardians' key files, written beside the database under demo/ and named DEMO: with them
 * anyone can play a guardian of the demo district. A real guardian's key file never leaves them.
 */
export function writeDemoKeyFiles(dir: string, year: number | string, keyFiles: GuardianKeyFile[]) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(
    path.join(dir, 'README.txt'),
    "DEMO ONLY. Guardians' key files of the invented demo district (演示数据，仅供演示). Never use them for a real vote.\n",
    { mode: 0o600 },
  );
  keyFiles.forEach((k, i) => fs.writeFileSync(path.join(dir, `DEMO-guardian-${year}-${i + 1}.json`), writeKeyFile(k), { mode: 0o600 }));
}

/** Ballots made as a voter's device would, stored through the domain's cast (their proofs are our own). */
function castDemoBallots(database: Db, selection: Selection, codes: string[], rand: Rand, at: Date) {
  const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get()!;
  const ctx = loadElection(election.electionRaw!);
  const n = election.answerIds!.length;
  const weights = election.answerIds!.map(() => rand.next() ** 2);
  for (const code of codes) {
    const choice = Array.from({ length: n }, () => 0);
    const want = rand.int(1, Math.min(selection.maxChoices, n));
    for (let picked = 0; picked < want;) {
      const i = rand.int(0, n - 1);
      if (choice[i] === 0 && rand.next() < 0.3 + weights[i]!) {
        choice[i] = 1;
        picked++;
      }
    }
    const made = encryptBallot(ctx, code, [choice]);
    const credential = publicCredential(election.uuid, code);
    const r = database.transaction(
      () =>
        castEncryptedWithin(
          database,
          { year: selection.year, ballot: made.ballot, credential, tracker: made.tracker, origin: 'device' },
          at,
        ),
      { behavior: 'immediate' },
    );
    if (!r.ok) throw new Error(`demo ballot: ${r.reason}`);
  }
}

function addCandidates(database: Db, selectionId: number, count: number, rand: Rand) {
  const pool = database
    .select({ id: officials.id })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(inArray(units.kind, ['street', 'community']))
    .all();
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rand.pick(pool).id);
  for (const officialId of chosen) database.insert(candidates).values({ selectionId, officialId }).run();
}

export type EncryptedDemo = { keyFiles: GuardianKeyFile[]; codes: string[][] };

/**
 * An encrypted selection's whole setup on an existing selection in nomination: 3 guardians (2 of 3
 * decrypt), one batch of codes per community given, frozen, then moved to voting.
 */
export function setUpEncrypted(database: Db, selection: Selection, batches: [number, number][], at: Date): EncryptedDemo {
  const run = runSetup(database, selection, { guardians: 3, threshold: 2, batches, at });
  database.update(selections).set({ stage: 'voting' }).where(eq(selections.id, selection.id)).run();
  return { keyFiles: run.keyFiles, codes: run.codes };
}

/** A past encrypted selection, voted, closed, decrypted by 2 of its 3 demo guardians and published. */
export async function seedEncryptedPast(database: Db, year: number, keyDir: string) {
  const rand = seededRandom(2023);
  const selection = database
    .insert(selections)
    .values({
      year,
      title: `${year}年度“十佳公仆”评选（加密投票）`,
      rules:
        '选票在居民自己的手机或电脑上加密，由三位监票人中的任意两位一起解开计票结果；任何人都可以下载投票记录核对。每张选票可选 1 至 5 人。',
      stage: 'nomination',
      mode: 'encrypted',
      maxChoices: 5,
      winners: 10,
      votingOpensAt: new Date(`${year}-11-01T08:00:00+08:00`),
      votingClosesAt: new Date(`${year}-11-30T18:00:00+08:00`),
    })
    .returning()
    .get();
  addCandidates(database, selection.id, 12, rand);
  const communities = database.select().from(units).where(eq(units.kind, 'community')).all().slice(0, 6);
  const setup = setUpEncrypted(
    database,
    selection,
    communities.map((c) => [c.id, 30] as [number, number]),
    new Date(`${year}-10-25T10:00:00+08:00`),
  );
  const voting = { ...selection, stage: 'voting' as const };
  const voters = setup.codes.flatMap((batch) => batch.slice(0, rand.int(10, 25)));
  castDemoBallots(database, voting, voters, rand, new Date(`${year}-11-15T12:00:00+08:00`));
  const after = new Date(`${year}-12-01T09:00:00+08:00`);
  const closed = await closeBallotBox(database, selection.id, after);
  if (!closed.ok) throw new Error(`demo close: ${closed.reason}`);
  const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get()!;
  const guardians = guardiansOf(database, election.id);
  for (const i of [0, 2]) {
    const pd = guardianPartialDecryption(setup.keyFiles[i]!, electionContext(election), trusteesOf(election), encryptedTallyOf(election));
    const r = submitPartialDecryption(database, guardians[i]!.id, encode(partialDecryptionCodec, pd.partialDecryption));
    if (!r.ok) throw new Error(`demo decryption: ${r.reason}`);
  }
  publish(database, selection.id, { asIs: true }, { requestedBy: null, confirmedBy: null }, new Date(`${year}-12-05T10:00:00+08:00`));
  writeDemoKeyFiles(keyDir, year, setup.keyFiles);
}

/**
 * This year's selection as an encrypted vote: the setup frozen three days ago with a batch of 60
 * codes for each given community and 20 demo codes, a few ballots in each batch already cast.
 * Returns the demo codes, and keeps the guardians' key files for whoever plays them.
 */
export function seedEncryptedCurrent(
  database: Db,
  selection: Selection,
  communities: { id: number }[],
  rand: Rand,
  at: Date,
  keyDir?: string,
): string[] {
  const batches: [number, number][] = [...communities.map((c) => [c.id, 60] as [number, number]), [communities[0]!.id, 20]];
  const setup = setUpEncrypted(database, selection, batches, new Date(at.getTime() - 3 * 86_400_000));
  const voting = { ...selection, stage: 'voting' as const };
  castDemoBallots(
    database,
    voting,
    setup.codes.slice(0, -1).flatMap((b) => b.slice(0, rand.int(2, 10))),
    rand,
    at,
  );
  if (keyDir) writeDemoKeyFiles(keyDir, selection.year, setup.keyFiles);
  return setup.codes.at(-1)!;
}
