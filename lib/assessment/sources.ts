/**
 * Raw values of a cycle's indicators, read from the other areas through their read-side modules.
 * Survey scores are per community: an official is given the communities of their unit's subtree
 * (a community official one, a street official the street's, a district official all), and the
 * community means are weighted by their number of responses.
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import * as s from '@/db/schema';
import type { IndicatorSource } from '@/db/schema';
import { districtDay } from '@/lib/district-time';
import { inspectionRatings } from '@/lib/inspections/metrics';
import { projectMetrics } from '@/lib/projects/metrics';
import { now } from '@/lib/clock';
import type { Period } from '@/lib/period';
import { requestMetrics, type RequestMetrics } from '@/lib/requests/metrics';
import { reviewScores } from '@/lib/reviews/metrics';
import { surveyScoresByCommunity } from '@/lib/surveys/metrics';
import type { Tally } from '@/lib/selection/tally';

/** The figures each source offers; the first is the default. Rates are in percent. */
export const sourceMetrics: Record<IndicatorSource, readonly string[]> = {
  residents_survey: ['mean'],
  residents_review: ['score'],
  inspection: ['meanRating'],
  requests: ['avgSatisfaction', 'onTimeRate', 'handledRate', 'handled'],
  selection: ['share', 'votes'],
  projects: ['milestonesOnTime', 'satisfaction'],
  manual: ['value'],
};

export function metricOf(source: IndicatorSource, metric: string): string {
  const allowed = sourceMetrics[source];
  return allowed.includes(metric) ? metric : allowed[0]!;
}

export type SourceIndicator = { id: number; code: string; source: IndicatorSource; metric: string };
export type RawValue = { value: number | null; n: number };
export type ScopedOfficial = { id: number; unitId: number; unitPath: string; level: string };

type Database = Db | Tx;

export function cycleOfficials(database: Database): ScopedOfficial[] {
  return database
    .select({ id: s.officials.id, unitId: s.officials.unitId, unitPath: s.units.path, level: s.units.kind })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(eq(s.officials.active, true))
    .orderBy(s.officials.id)
    .all();
}

function requestValue(m: RequestMetrics | undefined, metric: string): RawValue {
  if (!m) return { value: null, n: 0 };
  switch (metric) {
    case 'onTimeRate':
      return { value: m.onTimeRate === null ? null : m.onTimeRate * 100, n: m.handled };
    case 'handledRate':
      return { value: m.received ? (m.handled / m.received) * 100 : null, n: m.received };
    case 'handled':
      return { value: m.handled, n: m.received };
    default:
      return { value: m.avgSatisfaction, n: m.rated };
  }
}

export function surveyIdsOfYear(database: Database, year: number): number[] {
  return database
    .select({ id: s.surveys.id })
    .from(s.surveys)
    .where(eq(s.surveys.year, year))
    .all()
    .map((r) => r.id);
}

/** Response-weighted survey mean over the communities in each official's unit subtree. */
function surveyValues(database: Database, year: number, officials: ScopedOfficial[]): Map<number, RawValue> {
  const byCommunity = surveyScoresByCommunity(database, surveyIdsOfYear(database, year));
  const communities = database.select({ id: s.units.id, path: s.units.path }).from(s.units).where(eq(s.units.kind, 'community')).all();
  const totals = new Map<string, { sum: number; n: number }>();
  for (const c of communities) {
    const score = byCommunity.get(c.id);
    if (!score || score.mean === null || score.responses === 0) continue;
    // Every ancestor path of the community collects its responses once.
    const ids = c.path.split('/').filter(Boolean);
    for (let k = 1; k <= ids.length; k++) {
      const prefix = `/${ids.slice(0, k).join('/')}/`;
      const t = totals.get(prefix) ?? { sum: 0, n: 0 };
      t.sum += score.mean * score.responses;
      t.n += score.responses;
      totals.set(prefix, t);
    }
  }
  return new Map(
    officials.map((o) => {
      const t = totals.get(o.unitPath);
      return [o.id, t ? { value: t.sum / t.n, n: t.n } : { value: null, n: 0 }];
    }),
  );
}

/** The official's result in the published Ten Best vote of the cycle's year; not on the ballot = no data. */
function selectionValues(database: Database, year: number, metric: string): Map<number, RawValue> {
  const published = database
    .select({ selectionId: s.publications.selectionId, tally: s.publications.tally })
    .from(s.publications)
    .innerJoin(s.selections, eq(s.selections.id, s.publications.selectionId))
    .where(and(eq(s.selections.year, year), isNotNull(s.publications.publishedAt)))
    .get();
  if (!published) return new Map();
  const tally = published.tally as Tally;
  const officialOf = new Map(
    database
      .select({ id: s.candidates.id, officialId: s.candidates.officialId })
      .from(s.candidates)
      .where(eq(s.candidates.selectionId, published.selectionId))
      .all()
      .map((c) => [c.id, c.officialId]),
  );
  const out = new Map<number, RawValue>();
  for (const c of tally.candidates) {
    const officialId = officialOf.get(c.id);
    if (officialId !== undefined) out.set(officialId, { value: metric === 'votes' ? c.votes : c.share * 100, n: tally.ballotsCast });
  }
  return out;
}

function manualValues(database: Database, indicatorId: number): Map<number, RawValue> {
  return new Map(
    database
      .select()
      .from(s.manualScores)
      .where(eq(s.manualScores.indicatorId, indicatorId))
      .all()
      .map((m) => [m.officialId, { value: m.value, n: 1 }]),
  );
}

/** Raw values per indicator code, per official id. Each source is read once, whatever the number of indicators. */
export function readSources(
  database: Database,
  cycle: { year: number; startsOn: string; endsOn: string },
  list: SourceIndicator[],
  officials: ScopedOfficial[],
  onSource: (done: number, total: number) => void = () => {},
): Map<string, Map<number, RawValue>> {
  const period: Period = { from: cycle.startsOn, to: cycle.endsOn };
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, read: () => T): T => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as T;
  };
  const out = new Map<string, Map<number, RawValue>>();
  list.forEach((indicator, k) => {
    const metric = metricOf(indicator.source, indicator.metric);
    let values: Map<number, RawValue>;
    switch (indicator.source) {
      case 'residents_survey':
        values = once('survey', () => surveyValues(database, cycle.year, officials));
        break;
      case 'residents_review': {
        const reviews = once('review', () => reviewScores(database, period));
        values = new Map([...reviews].map(([id, r]) => [id, { value: r.score, n: r.forms }]));
        break;
      }
      case 'inspection': {
        const ratings = once('inspection', () => inspectionRatings(database, period));
        values = new Map([...ratings].map(([id, r]) => [id, { value: r.meanRating, n: r.inspections }]));
        break;
      }
      case 'requests': {
        const requests = once('requests', () => requestMetrics(database, 'official', period));
        values = new Map(officials.map((o) => [o.id, requestValue(requests.get(o.id), metric)]));
        break;
      }
      case 'selection':
        values = selectionValues(database, cycle.year, metric);
        break;
      case 'projects': {
        const projects = once('projects', () => projectMetrics(database, period, districtDay(now())));
        values = new Map(
          [...projects].map(([id, m]) => [
            id,
            metric === 'satisfaction' ? { value: m.satisfaction, n: m.ratings } : { value: m.onTimeRate, n: m.due },
          ]),
        );
        break;
      }
      case 'manual':
        values = manualValues(database, indicator.id);
        break;
    }
    out.set(indicator.code, values);
    onSource(k + 1, list.length);
  });
  return out;
}

export function vetoedOfficials(database: Database, cycleId: number): Set<number> {
  const items = database.select({ id: s.vetoItems.id }).from(s.vetoItems).where(eq(s.vetoItems.cycleId, cycleId)).all();
  if (items.length === 0) return new Set();
  const rows = database
    .select({ officialId: s.vetoes.officialId })
    .from(s.vetoes)
    .where(
      inArray(
        s.vetoes.vetoItemId,
        items.map((i) => i.id),
      ),
    )
    .all();
  return new Set(rows.map((r) => r.officialId));
}
