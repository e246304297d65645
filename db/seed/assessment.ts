/**
 * Demo assessment: last year's cycle and this year's, both configured with the default indicators
 * and computed over whatever inspections, reviews, requests and surveys the earlier seeds created
 * (none is fine: an indicator without records passes its weight on). The organization department's
 * own evaluation (a manual indicator) is entered for every official, so every official is scored.
 * This year's cycle has a veto, outcomes that cite it, and its grade distribution published.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../index';
import * as s from '../schema';
import { computeCycle } from '../../lib/assessment/compute';
import { insertDefaultIndicators } from '../../lib/assessment/defaults';
import { seededRandom } from './random';

function createCycle(database: Db, year: number, status: s.CycleStatus) {
  const cycle = database
    .insert(s.assessmentCycles)
    .values({
      name: `${year} 年度考核`,
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      status,
      residentsFloor: 40,
      gradeThresholds: { excellent: 90, competent: 75, basic: 60 },
      excellentCapPercent: 15,
    })
    .returning()
    .get();
  insertDefaultIndicators(database, cycle.id);
  const vetoItem = database.insert(s.vetoItems).values({ cycleId: cycle.id, name: '发生重大安全生产责任事故' }).returning().get();
  return { cycle, vetoItemId: vetoItem.id };
}

function enterManualScores(
  database: Db,
  cycleId: number,
  officials: { id: number }[],
  rand: ReturnType<typeof seededRandom>,
  shift: number,
) {
  const indicator = database
    .select()
    .from(s.indicators)
    .where(eq(s.indicators.cycleId, cycleId))
    .all()
    .find((i) => i.source === 'manual')!;
  database.transaction((tx) => {
    for (const o of officials)
      tx.insert(s.manualScores)
        .values({ indicatorId: indicator.id, officialId: o.id, value: Math.min(100, rand.int(62, 97) + shift), note: '组织部年度综合评价' })
        .run();
  });
}

export async function seedAssessment(database: Db, currentYear: number) {
  const rand = seededRandom(6_2026);
  const officials = database
    .select({ id: s.officials.id })
    .from(s.officials)
    .where(eq(s.officials.active, true))
    .orderBy(asc(s.officials.id))
    .all();
  if (officials.length === 0) return;

  const previous = createCycle(database, currentYear - 1, 'closed');
  enterManualScores(database, previous.cycle.id, officials, rand, 0);
  await computeCycle(database, previous.cycle.id, null);

  const current = createCycle(database, currentYear, 'open');
  enterManualScores(database, current.cycle.id, officials, rand, 1);
  const vetoed = officials[rand.int(0, officials.length - 1)]!;
  database
    .insert(s.vetoes)
    .values({ vetoItemId: current.vetoItemId, officialId: vetoed.id, reason: '辖区内发生较大安全生产事故，负有领导责任' })
    .run();
  await computeCycle(database, current.cycle.id, null);

  const snapshot = database.select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.cycleId, current.cycle.id)).get()!;
  const top = database
    .select()
    .from(s.officialScores)
    .where(eq(s.officialScores.snapshotId, snapshot.id))
    .orderBy(asc(s.officialScores.rankInDistrict), asc(s.officialScores.officialId))
    .limit(5)
    .all();
  top.forEach((score, k) =>
    database
      .insert(s.outcomes)
      .values({
        cycleId: current.cycle.id,
        officialId: score.officialId,
        kind: k < 2 ? 'promotion' : 'commendation',
        decidedOn: `${currentYear}-12-28`,
        note: k < 2 ? '考核优秀，群众公认，提拔使用' : '年度考核成绩突出，通报表扬',
      })
      .run(),
  );
  database
    .update(s.assessmentCycles)
    .set({
      publicItems: ['gradeDistribution'],
      publishedAt: new Date(`${currentYear}-12-30T10:00:00+08:00`),
      publishedSnapshotId: snapshot.id,
    })
    .where(eq(s.assessmentCycles.id, current.cycle.id))
    .run();
}
