import { and, eq } from 'drizzle-orm';
import { ballotCodes, candidates, elections, encryptedBallots, officials, selections, units } from '../../db/schema';
import { publicCredential } from '../../lib/belenios/credentials';
import { runSetup } from '../../lib/election/ceremony-run';
import { e2eDb } from './fixtures';

/**
 * An encrypted selection open for voting now, its setup played through the domain functions
 * (guardians' ceremony, one credential batch, freeze), in a year of its own: other specs vote in
 * the current year's plain selection at the same time.
 */
export function openEncryptedSelection(year: number, codeCount = 6) {
  const database = e2eDb();
  const existing = database.select().from(selections).where(eq(selections.year, year)).get();
  if (existing) throw new Error(`selection ${year} exists already`);
  const at = Date.now();
  const selection = database
    .insert(selections)
    .values({
      year,
      title: `${year} 加密投票测试`,
      stage: 'nomination',
      mode: 'encrypted',
      maxChoices: 3,
      votingOpensAt: new Date(at - 3_600_000),
      votingClosesAt: new Date(at + 86_400_000),
    })
    .returning()
    .get();
  for (const o of database.select({ id: officials.id }).from(officials).limit(6).all())
    database.insert(candidates).values({ selectionId: selection.id, officialId: o.id }).run();
  const community = database.select().from(units).where(eq(units.kind, 'community')).get()!;
  const run = runSetup(database, selection, {
    guardians: 3,
    threshold: 2,
    batches: [[community.id, codeCount]],
    at: new Date(at - 7_200_000),
  });
  database.update(selections).set({ stage: 'voting' }).where(eq(selections.id, selection.id)).run();
  return { selectionId: selection.id, electionId: run.electionId, uuid: run.uuid, codes: run.codes[0]! };
}

/** A code's status, found by its public credential (the server knows the code by nothing else). */
export const credentialStatus = (selectionId: number, uuid: string, code: string) =>
  e2eDb()
    .select({ status: ballotCodes.status })
    .from(ballotCodes)
    .where(and(eq(ballotCodes.selectionId, selectionId), eq(ballotCodes.codeHash, publicCredential(uuid, code))))
    .get()?.status;

export const boxRow = (electionId: number, tracker: string) =>
  e2eDb()
    .select()
    .from(encryptedBallots)
    .where(and(eq(encryptedBallots.electionId, electionId), eq(encryptedBallots.tracker, tracker)))
    .get();

export const electionPhase = (electionId: number) =>
  e2eDb().select({ phase: elections.phase }).from(elections).where(eq(elections.id, electionId)).get()?.phase;
