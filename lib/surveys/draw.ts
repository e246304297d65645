import { and, eq, lte, sql } from 'drizzle-orm';
import type { Tx } from '@/db/tx';
import { households, surveySamples, surveys, type Survey } from '@/db/schema';
import { ActionError } from '@/lib/action/core';
import { drawCommunity, registerFingerprint, seedCommitment, seedMatches } from './sampling';

export const SEED_MIN_LENGTH = 16;

export function getSurveyIn(tx: Tx, surveyId: number): Survey {
  const survey = tx.select().from(surveys).where(eq(surveys.id, surveyId)).get();
  if (!survey) throw new ActionError('errors.notFound');
  return survey;
}

/** Step 1: only the seed's hash is stored and shown; the seed itself stays with the organizer. */
export function commitSeed(tx: Tx, surveyId: number, seed: string, at: Date): Survey {
  const survey = getSurveyIn(tx, surveyId);
  if (survey.status !== 'draft') throw new ActionError('surveys.errors.notDraft');
  return tx
    .update(surveys)
    .set({ status: 'committed', seedHash: seedCommitment(seed), committedAt: at })
    .where(eq(surveys.id, surveyId))
    .returning()
    .get();
}

/** The register as it stands now, in a stable order. */
export function registerRows(tx: Tx, upToId?: number | null) {
  return tx
    .select({ id: households.id, communityId: households.communityId, idHash: households.idHash })
    .from(households)
    .where(upToId == null ? undefined : lte(households.id, upToId))
    .orderBy(households.communityId, households.idHash)
    .all();
}

/**
 * Step 2: the organizer types the committed seed again; it must match the published hash. The sample
 * of every community in the register is drawn by the published recipe and stored in draw order,
 * together with the register's size and fingerprint, so later imports cannot change what it is checked against.
 */
export function drawSample(tx: Tx, surveyId: number, seed: string, at: Date) {
  const survey = getSurveyIn(tx, surveyId);
  if (survey.status !== 'committed' || !survey.seedHash) throw new ActionError('surveys.errors.notCommitted');
  if (!seedMatches(seed, survey.seedHash)) throw new ActionError('surveys.errors.seedMismatch', { seed: ['field.invalid'] });
  const rows = registerRows(tx);
  if (rows.length === 0) throw new ActionError('surveys.errors.emptyRegister');
  const byCommunity = new Map<number, Map<string, number>>();
  for (const r of rows)
    (byCommunity.get(r.communityId) ?? byCommunity.set(r.communityId, new Map()).get(r.communityId)!).set(r.idHash, r.id);
  let sampled = 0;
  for (const [communityId, hashes] of byCommunity) {
    const drawn = drawCommunity(seed, communityId, [...hashes.keys()], survey.samplePercent);
    const values = drawn.map((h, position) => ({ surveyId, householdId: hashes.get(h)!, communityId, position }));
    for (let i = 0; i < values.length; i += 500)
      tx.insert(surveySamples)
        .values(values.slice(i, i + 500))
        .run();
    sampled += drawn.length;
  }
  const registerMaxId = rows.reduce((m, r) => Math.max(m, r.id), 0);
  tx.update(surveys)
    .set({ status: 'drawn', seed, drawnAt: at, registerMaxId, registerHash: registerFingerprint(rows) })
    .where(eq(surveys.id, surveyId))
    .run();
  return { communities: byCommunity.size, households: rows.length, sampled };
}

/** Step 3: the seed becomes public, and with it anyone can re-derive the sample. */
export function revealSeed(tx: Tx, surveyId: number, at: Date) {
  const survey = getSurveyIn(tx, surveyId);
  if (!survey.drawnAt || !survey.seed) throw new ActionError('surveys.errors.notDrawn');
  if (survey.revealedAt) throw new ActionError('surveys.errors.alreadyRevealed');
  tx.update(surveys).set({ revealedAt: at }).where(eq(surveys.id, surveyId)).run();
}

/** Whether a household was drawn into a survey's sample, and where. */
export function sampledHousehold(tx: Tx, surveyId: number, householdId: number) {
  return tx
    .select({ communityId: surveySamples.communityId })
    .from(surveySamples)
    .where(and(eq(surveySamples.surveyId, surveyId), eq(surveySamples.householdId, householdId)))
    .get();
}

/** A draw between commit and reveal must see the register it will be checked against. */
export function committedSurveys(tx: Tx): number {
  return tx
    .select({ n: sql<number>`count(*)` })
    .from(surveys)
    .where(eq(surveys.status, 'committed'))
    .get()!.n;
}
