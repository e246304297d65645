/**
 * What livelihood projects say of the officials who answer for them — the "livelihood projects" source
 * of the assessment. The trace (lib/assessment/trace.ts) lists the same rows, so a score adds up to them.
 * - On time: of the milestones planned within the cycle's period and due by the day it is read (the
 *   period's end, or today if earlier), the share reached no later than planned, in percent.
 * - Satisfaction: the mean 1–5 rating by households of the projects completed within the period.
 */
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { projectMilestones, projectOfficials, projectRatings, projects } from '@/db/schema';
import type { Period } from '@/lib/period';
import { milestoneState } from './schedule';

type Database = Db | Tx;

export type MilestoneRow = {
  officialId: number;
  projectId: number;
  title: string;
  milestone: string;
  plannedOn: string;
  actualOn: string | null;
  onTime: boolean;
};
export type RatingRow = { officialId: number; projectId: number; title: string; completedOn: string; ratings: number; mean: number };

export function milestoneRows(database: Database, period: Period, asOf: string, officialId?: number): MilestoneRow[] {
  const until = asOf < period.to ? asOf : period.to;
  return (
    database
      .select({
        officialId: projectOfficials.officialId,
        projectId: projects.id,
        title: projects.title,
        milestone: projectMilestones.title,
        plannedOn: projectMilestones.plannedOn,
        actualOn: projectMilestones.actualOn,
      })
      .from(projectMilestones)
      .innerJoin(projects, eq(projects.id, projectMilestones.projectId))
      .innerJoin(projectOfficials, eq(projectOfficials.projectId, projects.id))
      .where(
        and(
          gte(projectMilestones.plannedOn, period.from),
          lte(projectMilestones.plannedOn, until),
          officialId === undefined ? undefined : eq(projectOfficials.officialId, officialId),
        ),
      )
      .orderBy(asc(projectMilestones.plannedOn), asc(projectMilestones.id))
      .all()
      // Due by `until`: a milestone not reached on its planned day is late from the next day on.
      .filter((r) => r.actualOn !== null || r.plannedOn < until)
      .map((r) => ({ ...r, onTime: milestoneState(r, until) === 'on_time' }))
  );
}

export function ratingRows(database: Database, period: Period, officialId?: number): RatingRow[] {
  const rows = database
    .select({
      officialId: projectOfficials.officialId,
      projectId: projects.id,
      title: projects.title,
      completedOn: projects.completedOn,
      score: projectRatings.score,
    })
    .from(projectRatings)
    .innerJoin(projects, eq(projects.id, projectRatings.projectId))
    .innerJoin(projectOfficials, eq(projectOfficials.projectId, projects.id))
    .where(
      and(
        gte(projects.completedOn, period.from),
        lte(projects.completedOn, period.to),
        officialId === undefined ? undefined : eq(projectOfficials.officialId, officialId),
      ),
    )
    .all();
  const grouped = new Map<string, RatingRow & { sum: number }>();
  for (const r of rows) {
    const key = `${r.officialId}:${r.projectId}`;
    const g = grouped.get(key) ?? {
      officialId: r.officialId,
      projectId: r.projectId,
      title: r.title,
      completedOn: r.completedOn!,
      ratings: 0,
      mean: 0,
      sum: 0,
    };
    g.ratings += 1;
    g.sum += r.score;
    g.mean = g.sum / g.ratings;
    grouped.set(key, g);
  }
  return [...grouped.values()]
    .map(({ sum: _sum, ...r }) => r)
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.projectId - b.projectId);
}

export type ProjectMetrics = { due: number; onTime: number; onTimeRate: number | null; ratings: number; satisfaction: number | null };

export function projectMetrics(database: Database, period: Period, asOf: string): Map<number, ProjectMetrics> {
  const out = new Map<number, ProjectMetrics>();
  const get = (id: number) => {
    let m = out.get(id);
    if (!m) out.set(id, (m = { due: 0, onTime: 0, onTimeRate: null, ratings: 0, satisfaction: null }));
    return m;
  };
  for (const r of milestoneRows(database, period, asOf)) {
    const m = get(r.officialId);
    m.due += 1;
    if (r.onTime) m.onTime += 1;
    m.onTimeRate = (m.onTime / m.due) * 100;
  }
  for (const r of ratingRows(database, period)) {
    const m = get(r.officialId);
    const sum = (m.satisfaction ?? 0) * m.ratings + r.mean * r.ratings;
    m.ratings += r.ratings;
    m.satisfaction = sum / m.ratings;
  }
  return out;
}
