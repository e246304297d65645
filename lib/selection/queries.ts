import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { candidates, codeBatches, criteria, earlyClosures, nominations, officials, selections, staff, turnout, units } from '@/db/schema';
import { votingState } from './stages';
import { compareByStrokes } from './stroke-order';
import { foldTurnout } from './turnout';

export function listSelections() {
  return db().select().from(selections).orderBy(desc(selections.year)).all();
}

export function getSelectionByYear(year: number) {
  return Number.isSafeInteger(year) ? db().select().from(selections).where(eq(selections.year, year)).get() : undefined;
}

export function getSelection(id: number) {
  return db().select().from(selections).where(eq(selections.id, id)).get();
}

/** The selection residents should see first: one open for voting now, else one in the voting stage, else the newest. */
export function getCurrentSelection(at: Date) {
  const voting = db().select().from(selections).where(eq(selections.stage, 'voting')).orderBy(desc(selections.year)).all();
  return (
    voting.find((s) => votingState(s, at) === 'open') ??
    voting[0] ??
    db().select().from(selections).where(ne(selections.stage, 'draft')).orderBy(desc(selections.year)).get()
  );
}

/**
 * Candidates as the ballot shows them, 按姓氏笔画为序 (never grouped by unit, which would favour the
 * units listed first). Deliberately without vote counts: the embargo starts here.
 */
export function listCandidates(selectionId: number) {
  const rows = db()
    .select({
      id: candidates.id,
      officialId: officials.id,
      name: officials.name,
      position: officials.position,
      positionEn: officials.positionEn,
      photoUrl: officials.photoUrl,
      unit: units.name,
      unitEn: units.nameEn,
    })
    .from(candidates)
    .innerJoin(officials, eq(officials.id, candidates.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(candidates.selectionId, selectionId), eq(candidates.withdrawn, false)))
    .all();
  return rows.sort((a, b) => compareByStrokes(a.name, b.name) || a.id - b.id);
}
export type BallotCandidate = ReturnType<typeof listCandidates>[number];

/**
 * The English unit and position of every candidate of a selection, withdrawn ones included, by
 * candidate id: a published tally keeps the Chinese it was counted with, and the page adds these.
 */
export function candidateEnglish(selectionId: number): Record<number, { unitEn: string | null; positionEn: string | null }> {
  const rows = db()
    .select({ id: candidates.id, unitEn: units.nameEn, positionEn: officials.positionEn })
    .from(candidates)
    .innerJoin(officials, eq(officials.id, candidates.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(eq(candidates.selectionId, selectionId))
    .all();
  return Object.fromEntries(rows.map(({ id, ...names }) => [id, names]));
}

export function getCandidate(selectionId: number, candidateId: number) {
  const candidate = listCandidates(selectionId).find((c) => c.id === candidateId);
  if (!candidate) return undefined;
  const official = db().select({ bio: officials.bio }).from(officials).where(eq(officials.id, candidate.officialId)).get();
  const reasons = db()
    .select({ reason: nominations.reason })
    .from(nominations)
    .where(
      and(eq(nominations.selectionId, selectionId), eq(nominations.officialId, candidate.officialId), eq(nominations.status, 'approved')),
    )
    .orderBy(asc(nominations.id))
    .all()
    .map((r) => r.reason);
  return { ...candidate, bio: official?.bio ?? '', reasons };
}

export function listCriteria(selectionId: number, statuses: ('pending' | 'published' | 'adopted' | 'rejected')[]) {
  return db()
    .select()
    .from(criteria)
    .where(and(eq(criteria.selectionId, selectionId), inArray(criteria.status, statuses)))
    .orderBy(desc(criteria.endorsements), asc(criteria.id))
    .all();
}

export function listNominations(selectionId: number, status?: 'pending' | 'approved' | 'rejected') {
  return db()
    .select({
      id: nominations.id,
      officialId: nominations.officialId,
      nomineeName: nominations.nomineeName,
      nomineeUnit: nominations.nomineeUnit,
      reason: nominations.reason,
      status: nominations.status,
      decisionReason: nominations.decisionReason,
      createdAt: nominations.createdAt,
      officialName: officials.name,
      officialPosition: officials.position,
      officialUnit: units.name,
    })
    .from(nominations)
    .leftJoin(officials, eq(officials.id, nominations.officialId))
    .leftJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(nominations.selectionId, selectionId), status ? eq(nominations.status, status) : undefined))
    .orderBy(asc(nominations.id))
    .all();
}

/**
 * Turnout per community as it may be shown: every community of the district is accounted for (shown,
 * folded under MIN_GROUP ballots, or not taking part because no code was issued there); see foldTurnout.
 */
export function getTurnout(selectionId: number) {
  const cast = new Map(
    db()
      .select({ communityId: turnout.communityId, ballots: turnout.ballots })
      .from(turnout)
      .where(eq(turnout.selectionId, selectionId))
      .all()
      .map((r) => [r.communityId, r.ballots]),
  );
  const issued = new Set(
    db()
      .selectDistinct({ communityId: codeBatches.communityId })
      .from(codeBatches)
      .where(eq(codeBatches.selectionId, selectionId))
      .all()
      .map((r) => r.communityId),
  );
  const communities = db()
    .select({ communityId: units.id, community: units.name, communityEn: units.nameEn, households: units.households })
    .from(units)
    .where(eq(units.kind, 'community'))
    .orderBy(asc(units.path))
    .all();
  const participating = communities
    .filter((c) => issued.has(c.communityId) || cast.has(c.communityId))
    .map((c) => ({ ...c, ballots: cast.get(c.communityId) ?? 0 }));
  const folded = foldTurnout(participating, communities.length);
  return {
    households: communities.reduce((n, c) => n + (c.households ?? 0), 0),
    communities: folded.shown,
    hiddenCommunities: folded.folded.communities,
    folded: folded.folded,
    notTakingPart: folded.notTakingPart,
    participatingHouseholds: folded.participatingHouseholds,
  };
}

/** Roster search for the nomination form (active officials only). */
export function searchOfficials(q: string, limit = 20) {
  const term = q.trim().slice(0, 20);
  if (!term) return [];
  return db()
    .select({ id: officials.id, name: officials.name, position: officials.position, unit: units.name })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(officials.active, true), sql`(${officials.name} like ${`%${term}%`} or ${units.name} like ${`%${term}%`})`))
    .orderBy(asc(officials.name))
    .limit(limit)
    .all();
}

/** A request to end voting early (pending or carried out), with the requester's name. */
export function getEarlyClosure(selectionId: number) {
  return db()
    .select({ closure: earlyClosures, requestedByName: staff.displayName })
    .from(earlyClosures)
    .innerJoin(staff, eq(staff.id, earlyClosures.requestedBy))
    .where(eq(earlyClosures.selectionId, selectionId))
    .get();
}
