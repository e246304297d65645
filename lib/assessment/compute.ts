/**
 * The full recompute of a cycle, shared by the server action, the progress route, the seed and the
 * bench: read the sources, score (pure), write a snapshot. Identical inputs (configuration, raw values,
 * vetoes) give an identical inputs fingerprint, and then the current snapshot is kept as it is.
 * Sources are read outside the write transaction (progress is reported between them); the fingerprint
 * records exactly what was read.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import * as s from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { validateConfig, type ConfigProblem } from './config';
import { fingerprintOf } from './fingerprint';
import { SCORING_RULES, scoreCycle, type CycleConfig, type Normalization, type OfficialInput } from './scoring';
import { cycleOfficials, readSources, vetoedOfficials } from './sources';

export type Progress = { phase: 'sources' | 'scoring' | 'writing' | 'done'; done: number; total: number };
export type ComputeOutcome =
  | { ok: true; snapshotId: number; unchanged: boolean; scored: number; unscored: number; fingerprint: string }
  | { ok: false; problems: ConfigProblem[] };

export function loadCycle(database: Db, cycleId: number) {
  const cycle = database.select().from(s.assessmentCycles).where(eq(s.assessmentCycles.id, cycleId)).get();
  if (!cycle) return null;
  const list = database
    .select()
    .from(s.indicators)
    .where(eq(s.indicators.cycleId, cycleId))
    .orderBy(asc(s.indicators.position), asc(s.indicators.id))
    .all();
  return { cycle, indicators: list };
}

export function configOf(cycle: s.AssessmentCycle, list: s.Indicator[]): CycleConfig {
  return {
    indicators: list.map((i) => ({ code: i.code, weight: i.weight, source: i.source, normalization: i.normalization as Normalization })),
    residentsFloor: cycle.residentsFloor,
    thresholds: cycle.gradeThresholds,
    excellentCapPercent: cycle.excellentCapPercent,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

export async function computeCycle(
  database: Db,
  cycleId: number,
  actor: Pick<Actor, 'id' | 'username'> | null,
  onProgress: (p: Progress) => void | Promise<void> = () => {},
): Promise<ComputeOutcome | null> {
  const loaded = loadCycle(database, cycleId);
  if (!loaded) return null;
  const { cycle, indicators: list } = loaded;
  const config = configOf(cycle, list);
  const problems = validateConfig(config);
  if (problems.length) return { ok: false, problems };

  const officials = cycleOfficials(database);
  const pending: Progress[] = [];
  const raw = readSources(database, cycle, list, officials, (done, total) => pending.push({ phase: 'sources', done, total }));
  for (const p of pending) await onProgress(p);
  await tick();
  const vetoed = vetoedOfficials(database, cycleId);
  const inputs: OfficialInput[] = officials.map((o) => ({
    officialId: o.id,
    level: o.level,
    raw: Object.fromEntries(list.map((i) => [i.code, raw.get(i.code)?.get(o.id)?.value ?? null])),
    n: Object.fromEntries(list.map((i) => [i.code, raw.get(i.code)?.get(o.id)?.n ?? 0])),
    vetoed: vetoed.has(o.id),
  }));
  const inputsFingerprint = fingerprintOf({
    rules: SCORING_RULES,
    config,
    officials: inputs,
    units: officials.map((o) => [o.id, o.unitId]),
  });
  const current = database
    .select()
    .from(s.scoreSnapshots)
    .where(and(eq(s.scoreSnapshots.cycleId, cycleId), eq(s.scoreSnapshots.current, true)))
    .get();
  if (current?.inputsFingerprint === inputsFingerprint) {
    await onProgress({ phase: 'done', done: 1, total: 1 });
    return {
      ok: true,
      snapshotId: current.id,
      unchanged: true,
      scored: current.officialsScored,
      unscored: officials.length - current.officialsScored,
      fingerprint: inputsFingerprint,
    };
  }

  await onProgress({ phase: 'scoring', done: 0, total: officials.length });
  const result = scoreCycle(config, inputs);
  const unitOf = new Map(officials.map((o) => [o.id, o.unitId]));
  const rows = result.scored.map((r) => ({
    officialId: r.officialId,
    unitId: unitOf.get(r.officialId)!,
    composite: r.composite,
    indicatorScores: r.indicators,
    vetoed: r.vetoed,
    rankInLevel: r.rankInLevel,
    rankInDistrict: r.rankInDistrict,
    grade: r.grade,
  }));
  await onProgress({ phase: 'writing', done: 0, total: rows.length });
  await tick();

  const snapshotId = database.transaction(
    (tx) => {
      tx.update(s.scoreSnapshots).set({ current: false }).where(eq(s.scoreSnapshots.cycleId, cycleId)).run();
      const snapshot = tx
        .insert(s.scoreSnapshots)
        .values({
          cycleId,
          inputsFingerprint,
          resultFingerprint: fingerprintOf(rows),
          officialsScored: rows.length,
          computedBy: actor?.id ?? null,
          computedAt: now(),
          current: true,
        })
        .returning({ id: s.scoreSnapshots.id })
        .get();
      for (let k = 0; k < rows.length; k += 200)
        tx.insert(s.officialScores)
          .values(rows.slice(k, k + 200).map((r) => ({ ...r, snapshotId: snapshot.id })))
          .run();
      if (cycle.status === 'draft' || cycle.status === 'open')
        tx.update(s.assessmentCycles).set({ status: 'computed' }).where(eq(s.assessmentCycles.id, cycleId)).run();
      recordAudit(tx, actor, {
        action: 'assessment.compute',
        entity: 'assessment_cycle',
        entityId: cycleId,
        after: { snapshotId: snapshot.id, inputsFingerprint, officialsScored: rows.length, unscored: result.unscored.length },
      });
      return snapshot.id;
    },
    { behavior: 'immediate' },
  );
  await onProgress({ phase: 'done', done: rows.length, total: rows.length });
  return { ok: true, snapshotId, unchanged: false, scored: rows.length, unscored: result.unscored.length, fingerprint: inputsFingerprint };
}
