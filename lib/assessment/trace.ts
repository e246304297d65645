/**
 * The records behind one official's indicator: every survey response count, review meeting,
 * inspection, request, ballot result or manual entry that went into the raw value, with links to the
 * pages of the areas that own them. `raw` is recomputed from the listed records, and the tests check
 * it equals the snapshot's raw value, so a dashboard number always traces to its records.
 */
import { and, asc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db';
import * as s from '@/db/schema';
import type { IndicatorSource } from '@/db/schema';
import { periodBounds } from '@/lib/period';
import { districtDay } from '@/lib/district-time';
import { dimensions, gradePoints } from '@/lib/reviews/metrics';
import { surveyScoresByCommunity } from '@/lib/surveys/metrics';
import type { Tally } from '@/lib/selection/tally';
import { now } from '@/lib/clock';
import { milestoneRows, ratingRows } from '@/lib/projects/metrics';
import { metricOf, surveyIdsOfYear } from './sources';

export type TraceRecord = { key: string; href: string; title: string; date: string | null; value: number | null; n: number };
export type Trace = { records: TraceRecord[]; raw: number | null };

type Cycle = Pick<s.AssessmentCycle, 'year' | 'startsOn' | 'endsOn'>;
type Official = { id: number; unitPath: string };
type IndicatorRef = { id: number; source: IndicatorSource; metric: string };

const day = (d: Date | null) => (d ? districtDay(d) : null);
const weightedMean = (rows: { value: number | null; n: number }[]) => {
  const used = rows.filter((r) => r.value !== null && r.n > 0);
  const n = used.reduce((sum, r) => sum + r.n, 0);
  return n ? used.reduce((sum, r) => sum + r.value! * r.n, 0) / n : null;
};

function surveys(database: Db, cycle: Cycle, official: Official): Trace {
  const communities = database
    .select({ id: s.units.id, name: s.units.name, path: s.units.path })
    .from(s.units)
    .where(and(eq(s.units.kind, 'community'), sql`${s.units.path} like ${`${official.unitPath}%`}`))
    .all();
  const records: TraceRecord[] = [];
  for (const survey of database
    .select()
    .from(s.surveys)
    .where(inArray(s.surveys.id, surveyIdsOfYear(database, cycle.year)))
    .all()) {
    const scores = surveyScoresByCommunity(database, [survey.id]);
    for (const c of communities) {
      const score = scores.get(c.id);
      if (score && score.responses > 0)
        records.push({
          key: `${survey.id}-${c.id}`,
          href: `/staff/surveys/${survey.id}`,
          title: `${survey.name} · ${c.name}`,
          date: survey.closesOn,
          value: score.mean,
          n: score.responses,
        });
    }
  }
  return { records, raw: weightedMean(records) };
}

function meetings(database: Db, cycle: Cycle, official: Official): Trace {
  const points = (column: AnySQLiteColumn) =>
    sql<number>`case ${column} when 'excellent' then ${gradePoints.excellent} when 'competent' then ${gradePoints.competent} when 'basic' then ${gradePoints.basic} else ${gradePoints.incompetent} end`;
  const total = sql<number>`avg((${sql.join(
    dimensions.map((d) => points(s.reviewForms[d])),
    sql` + `,
  )}) / ${sql.raw(`${dimensions.length}.0`)})`;
  const rows = database
    .select({
      id: s.reviewMeetings.id,
      heldOn: s.reviewMeetings.heldOn,
      place: s.reviewMeetings.place,
      forms: sql<number>`count(*)`,
      score: total,
    })
    .from(s.reviewMeetings)
    .innerJoin(s.reviewForms, eq(s.reviewForms.meetingId, s.reviewMeetings.id))
    .where(
      and(
        eq(s.reviewMeetings.officialId, official.id),
        gte(s.reviewMeetings.heldOn, cycle.startsOn),
        lte(s.reviewMeetings.heldOn, cycle.endsOn),
      ),
    )
    .groupBy(s.reviewMeetings.id)
    .orderBy(asc(s.reviewMeetings.heldOn))
    .all();
  const records = rows.map((r) => ({
    key: String(r.id),
    href: `/staff/reviews/${r.id}`,
    title: r.place || `#${r.id}`,
    date: r.heldOn,
    value: r.score,
    n: r.forms,
  }));
  return { records, raw: weightedMean(records) };
}

function inspections(database: Db, cycle: Cycle, official: Official): Trace {
  const rows = database
    .select({ id: s.inspections.id, startsOn: s.inspections.startsOn, site: s.sites.name, rating: s.inspectionOfficials.rating })
    .from(s.inspectionOfficials)
    .innerJoin(s.inspections, eq(s.inspections.id, s.inspectionOfficials.inspectionId))
    .innerJoin(s.sites, eq(s.sites.id, s.inspections.siteId))
    .where(
      and(
        eq(s.inspectionOfficials.officialId, official.id),
        gte(s.inspections.startsOn, cycle.startsOn),
        lte(s.inspections.startsOn, cycle.endsOn),
      ),
    )
    .orderBy(asc(s.inspections.startsOn))
    .all();
  const records = rows.map((r) => ({
    key: String(r.id),
    href: `/staff/inspections/${r.id}`,
    title: r.site,
    date: r.startsOn,
    value: r.rating,
    n: 1,
  }));
  return { records, raw: weightedMean(records) };
}

function requests(database: Db, cycle: Cycle, official: Official, metric: string): Trace {
  const { start, end } = periodBounds({ from: cycle.startsOn, to: cycle.endsOn });
  const rows = database
    .select()
    .from(s.requests)
    .where(
      and(
        eq(s.requests.assignedOfficialId, official.id),
        gte(s.requests.createdAt, new Date(start)),
        lt(s.requests.createdAt, new Date(end)),
      ),
    )
    .orderBy(asc(s.requests.createdAt))
    .all();
  const handled = rows.filter((r) => r.resolvedAt);
  const onTime = handled.filter((r) => r.resolvedAt! <= r.resolveBy);
  const rated = rows.filter((r) => r.satisfaction !== null);
  const raw = {
    avgSatisfaction: rated.length ? rated.reduce((sum, r) => sum + r.satisfaction!, 0) / rated.length : null,
    onTimeRate: handled.length ? (onTime.length / handled.length) * 100 : null,
    handledRate: rows.length ? (handled.length / rows.length) * 100 : null,
    handled: rows.length ? handled.length : null,
  }[metric as 'handled'];
  const records = rows.map((r) => ({
    key: r.number,
    href: `/staff/requests/${encodeURIComponent(r.number)}`,
    title: r.number,
    date: day(r.createdAt),
    value:
      metric === 'avgSatisfaction'
        ? r.satisfaction
        : r.resolvedAt
          ? metric === 'onTimeRate'
            ? r.resolvedAt <= r.resolveBy
              ? 100
              : 0
            : 1
          : null,
    n: 1,
  }));
  return { records, raw };
}

function selection(database: Db, cycle: Cycle, official: Official, metric: string): Trace {
  const row = database
    .select({
      year: s.selections.year,
      selectionId: s.selections.id,
      tally: s.publications.tally,
      publishedAt: s.publications.publishedAt,
      candidateId: s.candidates.id,
    })
    .from(s.selections)
    .innerJoin(s.publications, eq(s.publications.selectionId, s.selections.id))
    .innerJoin(s.candidates, and(eq(s.candidates.selectionId, s.selections.id), eq(s.candidates.officialId, official.id)))
    .where(eq(s.selections.year, cycle.year))
    .get();
  const entry = row?.publishedAt ? (row.tally as Tally).candidates.find((c) => c.id === row.candidateId) : undefined;
  if (!row || !entry) return { records: [], raw: null };
  const value = metric === 'votes' ? entry.votes : entry.share * 100;
  return {
    records: [
      {
        key: String(entry.id),
        href: `/selections/${row.year}`,
        title: String(row.year),
        date: day(row.publishedAt),
        value,
        n: (row.tally as Tally).ballotsCast,
      },
    ],
    raw: value,
  };
}

/** Each milestone due in the period (100 reached on time, 0 late) or each rated project (its mean rating, n households). */
function livelihoodProjects(database: Db, cycle: Cycle, official: Official, metric: string): Trace {
  const period = { from: cycle.startsOn, to: cycle.endsOn };
  if (metric === 'satisfaction') {
    const rows = ratingRows(database, period, official.id);
    const records = rows.map((r) => ({
      key: String(r.projectId),
      href: `/projects/${r.projectId}`,
      title: r.title,
      date: r.completedOn,
      value: r.mean,
      n: r.ratings,
    }));
    return { records, raw: weightedMean(records) };
  }
  const rows = milestoneRows(database, period, districtDay(now()), official.id);
  const records = rows.map((r, k) => ({
    key: `${r.projectId}-${k}`,
    href: `/projects/${r.projectId}`,
    title: `${r.title} · ${r.milestone}`,
    date: r.plannedOn,
    value: r.onTime ? 100 : 0,
    n: 1,
  }));
  return { records, raw: weightedMean(records) };
}

function manual(database: Db, indicatorId: number, official: Official): Trace {
  const row = database
    .select()
    .from(s.manualScores)
    .where(and(eq(s.manualScores.indicatorId, indicatorId), eq(s.manualScores.officialId, official.id)))
    .get();
  if (!row) return { records: [], raw: null };
  return { records: [{ key: 'manual', href: '', title: row.note, date: null, value: row.value, n: 1 }], raw: row.value };
}

export function traceIndicator(database: Db, cycle: Cycle, official: Official, indicator: IndicatorRef): Trace {
  const metric = metricOf(indicator.source, indicator.metric);
  switch (indicator.source) {
    case 'residents_survey':
      return surveys(database, cycle, official);
    case 'residents_review':
      return meetings(database, cycle, official);
    case 'inspection':
      return inspections(database, cycle, official);
    case 'requests':
      return requests(database, cycle, official, metric);
    case 'selection':
      return selection(database, cycle, official, metric);
    case 'projects':
      return livelihoodProjects(database, cycle, official, metric);
    case 'manual':
      return manual(database, indicator.id, official);
  }
}
