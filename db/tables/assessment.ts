// Assessment of officials (政绩考核): cycles and indicators, vetoes and manual values, the grades,
// score snapshots and outcomes. Composite scores are staff-only and scoped by unit.
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { officials, staff, units } from './core';
import { cycleStatuses, indicatorSources, reviewGrades, outcomeKinds } from '../../lib/enums';
export {
  cycleStatuses,
  indicatorSources,
  reviewGrades,
  outcomeKinds,
  type CycleStatus,
  type IndicatorSource,
  type ReviewGrade,
} from '../../lib/enums';

// ——— Cycles, indicators, vetoes ———

export const assessmentCycles = sqliteTable('assessment_cycles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  year: integer('year').notNull(),
  /** The period whose records count, as YYYY-MM-DD (inclusive). */
  startsOn: text('starts_on').notNull(),
  endsOn: text('ends_on').notNull(),
  status: text('status', { enum: cycleStatuses }).notNull().default('draft'),
  /** Minimum total weight (percent) of indicators whose source is residents' evaluation. */
  residentsFloor: real('residents_floor').notNull().default(40),
  /** Grade thresholds on the 0–100 composite: { excellent, competent, basic } (below basic: 不称职). */
  gradeThresholds: text('grade_thresholds', { mode: 'json' }).notNull().$type<{ excellent: number; competent: number; basic: number }>(),
  /** Largest share of 优秀 among those assessed, in percent. */
  excellentCapPercent: real('excellent_cap_percent').notNull().default(15),
  /** What the organizer made public, e.g. ['gradeDistribution']. */
  publicItems: text('public_items', { mode: 'json' }).notNull().default([]).$type<string[]>(),
  publishedAt: timestamp('published_at'),
  /**
   * The snapshot the public page and API serve. Pinned at publication, so a recompute afterwards changes
   * nothing the public sees until an organizer publishes again. No foreign key on purpose: adding one to
   * an existing SQLite table makes drizzle-kit rebuild the table (and drop it under its referencing
   * tables); only the publish command sets it, always to one of this cycle's snapshots.
   */
  publishedSnapshotId: integer('published_snapshot_id'),
  createdAt: timestamp('created_at').notNull().default(now),
});
export type AssessmentCycle = typeof assessmentCycles.$inferSelect;

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Percent; a cycle's weights sum to 100. */
    weight: real('weight').notNull(),
    source: text('source', { enum: indicatorSources }).notNull(),
    /** Which figure of the source is the raw value, e.g. 'avgSatisfaction' or 'onTimeRate' for requests. */
    metric: text('metric').notNull().default('default'),
    /** How the raw value maps to 0–100: { kind: 'linear', min, max } | { kind: 'rank' } | { kind: 'identity' }. */
    normalization: text('normalization', { mode: 'json' }).notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('indicators_cycle_code_idx').on(t.cycleId, t.code)],
);
export type Indicator = typeof indicators.$inferSelect;

/** Veto items (一票否决) of a cycle; an official with a recorded veto cannot be graded 优秀. */
export const vetoItems = sqliteTable('veto_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  cycleId: integer('cycle_id')
    .notNull()
    .references(() => assessmentCycles.id),
  name: text('name').notNull(),
});

export const vetoes = sqliteTable(
  'vetoes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    vetoItemId: integer('veto_item_id')
      .notNull()
      .references(() => vetoItems.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    reason: text('reason').notNull(),
    recordedBy: integer('recorded_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('vetoes_official_idx').on(t.officialId)],
);

/** Raw values of manual indicators, entered per official. */
export const manualScores = sqliteTable(
  'manual_scores',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    value: real('value').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: integer('recorded_by').references(() => staff.id),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.officialId] })],
);

// ——— Grades, scores and outcomes ———

/** One computation of a cycle. Same inputs → same fingerprint → same rows. */
export const scoreSnapshots = sqliteTable(
  'score_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id),
    inputsFingerprint: text('inputs_fingerprint').notNull(),
    resultFingerprint: text('result_fingerprint').notNull(),
    officialsScored: integer('officials_scored').notNull(),
    computedBy: integer('computed_by').references(() => staff.id),
    computedAt: timestamp('computed_at').notNull().default(now),
    current: integer('current', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('score_snapshots_cycle_idx').on(t.cycleId, t.current)],
);
export type ScoreSnapshot = typeof scoreSnapshots.$inferSelect;

export const officialScores = sqliteTable(
  'official_scores',
  {
    snapshotId: integer('snapshot_id')
      .notNull()
      .references(() => scoreSnapshots.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    composite: real('composite').notNull(),
    /** { indicatorCode: { raw, normalized, weighted, n } } — the drill-down's first step. */
    indicatorScores: text('indicator_scores', { mode: 'json' }).notNull(),
    vetoed: integer('vetoed', { mode: 'boolean' }).notNull().default(false),
    rankInLevel: integer('rank_in_level').notNull(),
    rankInDistrict: integer('rank_in_district').notNull(),
    grade: text('grade', { enum: reviewGrades }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.officialId] }), index('official_scores_unit_idx').on(t.snapshotId, t.unitId)],
);
export type OfficialScore = typeof officialScores.$inferSelect;

/** Promotions and commendations that cite a cycle's result. */
export const outcomes = sqliteTable(
  'outcomes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cycleId: integer('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    kind: text('kind', { enum: outcomeKinds }).notNull(),
    decidedOn: text('decided_on').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: integer('recorded_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
    /** A withdrawn outcome stays on record (struck through, with the reason) instead of vanishing. */
    withdrawnAt: timestamp('withdrawn_at'),
    withdrawnBy: integer('withdrawn_by').references(() => staff.id),
    withdrawReason: text('withdraw_reason').notNull().default(''),
  },
  (t) => [index('outcomes_official_idx').on(t.officialId)],
);
