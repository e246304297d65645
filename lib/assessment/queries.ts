import 'server-only';
import { and, asc, desc, eq, like, lt, or } from 'drizzle-orm';
import { db } from '@/db';
import * as s from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { unitScope } from '@/lib/scope';
import { loadCycle } from './compute';
import type { IndicatorScore } from './scoring';

export function listCycles() {
  return db().select().from(s.assessmentCycles).orderBy(desc(s.assessmentCycles.year), desc(s.assessmentCycles.id)).all();
}

export function getCycle(id: number) {
  const loaded = loadCycle(db(), id);
  if (!loaded) return null;
  const vetoItems = db().select().from(s.vetoItems).where(eq(s.vetoItems.cycleId, id)).orderBy(asc(s.vetoItems.id)).all();
  const snapshot = currentSnapshot(id);
  return { ...loaded, vetoItems, snapshot };
}

export function currentSnapshot(cycleId: number) {
  return db()
    .select()
    .from(s.scoreSnapshots)
    .where(and(eq(s.scoreSnapshots.cycleId, cycleId), eq(s.scoreSnapshots.current, true)))
    .get();
}

export function snapshotHistory(cycleId: number) {
  return db().select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.cycleId, cycleId)).orderBy(desc(s.scoreSnapshots.id)).all();
}

export type ScoreRow = {
  officialId: number;
  name: string;
  position: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  unitKind: s.UnitKind;
  composite: number;
  indicatorScores: Record<string, IndicatorScore>;
  vetoed: boolean;
  rankInLevel: number;
  rankInDistrict: number;
  grade: s.ReviewGrade;
};

/** The snapshot's rows the actor may see (scope in the WHERE clause), optionally within one unit's subtree. */
export function scoreRows(actor: Actor, snapshotId: number, withinPath?: string): ScoreRow[] {
  return db()
    .select({
      officialId: s.officialScores.officialId,
      name: s.officials.name,
      position: s.officials.position,
      unitId: s.units.id,
      unitName: s.units.name,
      unitPath: s.units.path,
      unitKind: s.units.kind,
      composite: s.officialScores.composite,
      indicatorScores: s.officialScores.indicatorScores,
      vetoed: s.officialScores.vetoed,
      rankInLevel: s.officialScores.rankInLevel,
      rankInDistrict: s.officialScores.rankInDistrict,
      grade: s.officialScores.grade,
    })
    .from(s.officialScores)
    .innerJoin(s.officials, eq(s.officials.id, s.officialScores.officialId))
    .innerJoin(s.units, eq(s.units.id, s.officialScores.unitId))
    .where(
      and(eq(s.officialScores.snapshotId, snapshotId), unitScope(actor), withinPath ? like(s.units.path, `${withinPath}%`) : undefined),
    )
    .orderBy(asc(s.officialScores.rankInDistrict), asc(s.officialScores.officialId))
    .all() as ScoreRow[];
}

/** The latest earlier cycle that has scores: what "change from last cycle" compares with. */
export function previousCycle(cycle: s.AssessmentCycle) {
  const earlier = db()
    .select()
    .from(s.assessmentCycles)
    .where(or(lt(s.assessmentCycles.year, cycle.year), and(eq(s.assessmentCycles.year, cycle.year), lt(s.assessmentCycles.id, cycle.id))))
    .orderBy(desc(s.assessmentCycles.year), desc(s.assessmentCycles.id))
    .all();
  for (const c of earlier) {
    const snapshot = currentSnapshot(c.id);
    if (snapshot) return { cycle: c, snapshot };
  }
  return null;
}

export function compositesOf(snapshotId: number): Map<number, { composite: number; grade: s.ReviewGrade }> {
  return new Map(
    db()
      .select({ id: s.officialScores.officialId, composite: s.officialScores.composite, grade: s.officialScores.grade })
      .from(s.officialScores)
      .where(eq(s.officialScores.snapshotId, snapshotId))
      .all()
      .map((r) => [r.id, { composite: r.composite, grade: r.grade }]),
  );
}

export function officialInScope(actor: Actor, officialId: number) {
  return db()
    .select({
      id: s.officials.id,
      name: s.officials.name,
      position: s.officials.position,
      unitId: s.units.id,
      unitName: s.units.name,
      unitPath: s.units.path,
      unitKind: s.units.kind,
    })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(and(eq(s.officials.id, officialId), unitScope(actor)))
    .get();
}

export function unitInScope(actor: Actor, unitId: number) {
  return db()
    .select()
    .from(s.units)
    .where(and(eq(s.units.id, unitId), unitScope(actor)))
    .get();
}

export function outcomesOf(cycleId: number, officialId?: number) {
  return db()
    .select({ outcome: s.outcomes, name: s.officials.name })
    .from(s.outcomes)
    .innerJoin(s.officials, eq(s.officials.id, s.outcomes.officialId))
    .where(and(eq(s.outcomes.cycleId, cycleId), officialId ? eq(s.outcomes.officialId, officialId) : undefined))
    .orderBy(desc(s.outcomes.decidedOn))
    .all();
}

/** A cycle's recorded vetoes of officials the actor may see (scope in the WHERE clause). */
export function vetoesOf(cycleId: number, actor: Actor) {
  return db()
    .select({ id: s.vetoes.id, item: s.vetoItems.name, officialId: s.vetoes.officialId, name: s.officials.name, reason: s.vetoes.reason })
    .from(s.vetoes)
    .innerJoin(s.vetoItems, eq(s.vetoItems.id, s.vetoes.vetoItemId))
    .innerJoin(s.officials, eq(s.officials.id, s.vetoes.officialId))
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(and(eq(s.vetoItems.cycleId, cycleId), unitScope(actor)))
    .all();
}

export function officialOptions(actor: Actor) {
  return db()
    .select({ id: s.officials.id, name: s.officials.name, unitName: s.units.name })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(and(eq(s.officials.active, true), unitScope(actor)))
    .orderBy(asc(s.units.path), asc(s.officials.id))
    .all();
}

export function manualScoresOf(indicatorId: number) {
  return db()
    .select({ officialId: s.manualScores.officialId, name: s.officials.name, value: s.manualScores.value, note: s.manualScores.note })
    .from(s.manualScores)
    .innerJoin(s.officials, eq(s.officials.id, s.manualScores.officialId))
    .where(eq(s.manualScores.indicatorId, indicatorId))
    .all();
}

export function cycleByYear(year: number) {
  return db().select().from(s.assessmentCycles).where(eq(s.assessmentCycles.year, year)).orderBy(desc(s.assessmentCycles.id)).all();
}

export function childUnits(parentId: number | null) {
  return db()
    .select({ id: s.units.id, name: s.units.name, path: s.units.path, kind: s.units.kind })
    .from(s.units)
    .where(parentId === null ? eq(s.units.kind, 'street') : eq(s.units.parentId, parentId))
    .orderBy(asc(s.units.path))
    .all();
}

export function officialScore(snapshotId: number, officialId: number) {
  const row = db()
    .select()
    .from(s.officialScores)
    .where(and(eq(s.officialScores.snapshotId, snapshotId), eq(s.officialScores.officialId, officialId)))
    .get();
  return row ? { ...row, indicatorScores: row.indicatorScores as Record<string, IndicatorScore> } : undefined;
}

export function vetoesOfOfficial(cycleId: number, officialId: number, actor: Actor) {
  return vetoesOf(cycleId, actor).filter((v) => v.officialId === officialId);
}

/** The snapshot the public is shown (pinned at publication), or undefined when nothing is published. */
export function publishedSnapshot(cycle: Pick<s.AssessmentCycle, 'id' | 'publishedSnapshotId' | 'publicItems'>) {
  if (cycle.publishedSnapshotId === null || cycle.publicItems.length === 0) return undefined;
  return db()
    .select()
    .from(s.scoreSnapshots)
    .where(and(eq(s.scoreSnapshots.id, cycle.publishedSnapshotId), eq(s.scoreSnapshots.cycleId, cycle.id)))
    .get();
}
