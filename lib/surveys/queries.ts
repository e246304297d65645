import 'server-only';
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { db } from '@/db';
import {
  households,
  staff,
  surveyCalls,
  surveyCodes,
  surveyorAssignments,
  surveyResponses,
  surveySamples,
  surveys,
  surveyTemplates,
  surveyVisits,
  units,
} from '@/db/schema';
import { inScope, type Actor } from '@/lib/auth/permissions';
import { surveyScoresByCommunity } from './metrics';
import { SAMPLING_RECIPE, type SampleFile } from './sampling';
import { belowTarget, marginOfError } from './stats';

export const listSurveys = () => db().select().from(surveys).orderBy(desc(surveys.year), desc(surveys.id)).all();

export function getSurvey(id: number) {
  if (!Number.isInteger(id) || id <= 0) return undefined;
  const survey = db().select().from(surveys).where(eq(surveys.id, id)).get();
  if (!survey) return undefined;
  return { ...survey, template: db().select().from(surveyTemplates).where(eq(surveyTemplates.id, survey.templateId)).get()! };
}

/** Communities with their street's name, for labels: "春晖街道 / 桂香里社区". */
export function communityLabels() {
  const all = db()
    .select({ id: units.id, name: units.name, nameEn: units.nameEn, parentId: units.parentId, kind: units.kind, path: units.path })
    .from(units)
    .all();
  const byId = new Map(all.map((u) => [u.id, u]));
  return all
    .filter((u) => u.kind === 'community')
    .map((u) => ({
      id: u.id,
      name: u.name,
      nameEn: u.nameEn,
      street: byId.get(u.parentId ?? 0)?.name ?? '',
      streetEn: byId.get(u.parentId ?? 0)?.nameEn ?? null,
      streetId: u.parentId ?? 0,
      path: u.path,
    }))
    .sort((x, y) => x.path.localeCompare(y.path));
}

export const registerSize = (upToId?: number | null) =>
  new Map(
    db()
      .select({ communityId: households.communityId, n: sql<number>`count(*)` })
      .from(households)
      .where(upToId == null ? undefined : lte(households.id, upToId))
      .groupBy(households.communityId)
      .all()
      .map((r) => [r.communityId, r.n]),
  );

/** Per community in the actor's units: register, sample, responses, rate, mean, margin, flag. */
export function surveyProgress(survey: { id: number; registerMaxId: number | null; targetResponsePercent: number }, actor: Actor | null) {
  const scores = surveyScoresByCommunity(db(), [survey.id]);
  const population = registerSize(survey.registerMaxId);
  const byCommunity = new Map<number, number[]>();
  for (const r of db()
    .select({ c: surveyResponses.communityId, s: surveyResponses.score })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, survey.id))
    .all())
    (byCommunity.get(r.c) ?? byCommunity.set(r.c, []).get(r.c)!).push(r.s);
  const channels = db()
    .select({ c: surveyResponses.communityId, channel: surveyResponses.channel, n: sql<number>`count(*)` })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, survey.id))
    .groupBy(surveyResponses.communityId, surveyResponses.channel)
    .all();
  return communityLabels()
    .filter((c) => scores.has(c.id) && (!actor || inScope(actor, c.path)))
    .map((c) => {
      const s = scores.get(c.id)!;
      const count = (channel: string) => channels.find((x) => x.c === c.id && x.channel === channel)?.n ?? 0;
      return {
        ...c,
        households: population.get(c.id) ?? 0,
        ...s,
        online: count('online'),
        phone: count('phone'),
        margin: marginOfError(byCommunity.get(c.id) ?? [], population.get(c.id) ?? 0),
        flagged: belowTarget(s.responseRate, survey.targetResponsePercent),
      };
    });
}

/** The communities a surveyor may work in for this survey; an organizer's are all in their units. */
export function entryCommunities(surveyId: number, actor: Actor) {
  const all = communityLabels().filter((c) => inScope(actor, c.path));
  if (actor.role !== 'surveyor') return all;
  const assigned = new Set(
    db()
      .select({ c: surveyorAssignments.communityId })
      .from(surveyorAssignments)
      .where(and(eq(surveyorAssignments.surveyId, surveyId), eq(surveyorAssignments.staffId, actor.id)))
      .all()
      .map((r) => r.c),
  );
  return all.filter((c) => assigned.has(c.id));
}

/** Sampled households of the given communities, with phone and call history: staff entry pages only. */
export function entryHouseholds(surveyId: number, communityIds: number[]) {
  if (communityIds.length === 0) return [];
  const rows = db()
    .select({
      householdId: surveySamples.householdId,
      communityId: surveySamples.communityId,
      position: surveySamples.position,
      idHash: households.idHash,
      phone: households.phone,
      responded: surveyResponses.channel,
    })
    .from(surveySamples)
    .innerJoin(households, eq(households.id, surveySamples.householdId))
    .leftJoin(surveyResponses, and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.householdId, surveySamples.householdId)))
    .where(and(eq(surveySamples.surveyId, surveyId), inArray(surveySamples.communityId, communityIds)))
    .orderBy(asc(surveySamples.communityId), asc(surveySamples.position))
    .all();
  const calls = db()
    .select({ householdId: surveyCalls.householdId, outcome: surveyCalls.outcome, n: sql<number>`count(*)` })
    .from(surveyCalls)
    .where(eq(surveyCalls.surveyId, surveyId))
    .groupBy(surveyCalls.householdId, surveyCalls.outcome)
    .all();
  return rows.map((r) => ({ ...r, calls: calls.filter((c) => c.householdId === r.householdId) }));
}

export function assignments(surveyId: number) {
  return db()
    .select({ communityId: surveyorAssignments.communityId, staffId: staff.id, name: staff.displayName, username: staff.username })
    .from(surveyorAssignments)
    .innerJoin(staff, eq(staff.id, surveyorAssignments.staffId))
    .where(eq(surveyorAssignments.surveyId, surveyId))
    .all();
}

export const listSurveyors = () =>
  db()
    .select({ id: staff.id, name: staff.displayName, username: staff.username })
    .from(staff)
    .where(and(eq(staff.role, 'surveyor'), eq(staff.disabled, false)))
    .all();

export const listVisits = (surveyId: number, communityIds: number[]) =>
  communityIds.length === 0
    ? []
    : db()
        .select()
        .from(surveyVisits)
        .where(and(eq(surveyVisits.surveyId, surveyId), inArray(surveyVisits.communityId, communityIds)))
        .orderBy(desc(surveyVisits.visitedOn))
        .all();

export const codesIssued = (surveyId: number) =>
  db()
    .select({ n: sql<number>`count(*)`, used: sql<number>`count(${surveyCodes.usedAt})` })
    .from(surveyCodes)
    .where(eq(surveyCodes.surveyId, surveyId))
    .get()!;

export const openSurveys = () => db().select().from(surveys).where(eq(surveys.status, 'open')).all();

/**
 * The published sampling file: register hashes as of the draw and the sampled hashes in draw order, per
 * community. Hashes only — no phone, no household id, nothing a person could be found by.
 */
export function sampleFile(surveyId: number): SampleFile | null {
  const survey = getSurvey(surveyId);
  if (!survey || !survey.drawnAt || !survey.seedHash || !survey.registerHash) return null;
  const register = db()
    .select({ communityId: households.communityId, idHash: households.idHash })
    .from(households)
    .where(lte(households.id, survey.registerMaxId ?? 0))
    .orderBy(asc(households.communityId), asc(households.idHash))
    .all();
  const sampled = db()
    .select({ communityId: surveySamples.communityId, idHash: households.idHash })
    .from(surveySamples)
    .innerJoin(households, eq(households.id, surveySamples.householdId))
    .where(eq(surveySamples.surveyId, surveyId))
    .orderBy(asc(surveySamples.communityId), asc(surveySamples.position))
    .all();
  const communities = new Map<number, { communityId: number; register: string[]; sampled: string[] }>();
  const entry = (id: number) => communities.get(id) ?? communities.set(id, { communityId: id, register: [], sampled: [] }).get(id)!;
  for (const r of register) entry(r.communityId).register.push(r.idHash);
  for (const s of sampled) entry(s.communityId).sampled.push(s.idHash);
  return {
    survey: { id: survey.id, name: survey.name, year: survey.year, samplePercent: survey.samplePercent },
    seedHash: survey.seedHash,
    seed: survey.revealedAt ? survey.seed : null,
    registerHash: survey.registerHash,
    recipe: SAMPLING_RECIPE,
    communities: [...communities.values()],
  };
}
