import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { officials, staff } from './core';
import { selections } from './vote';

// ——— Counting and publication ———

/** The checked tally and the published files' fingerprints; one row per selection once counted. */
export const publications = sqliteTable('publications', {
  selectionId: integer('selection_id')
    .primaryKey()
    .references(() => selections.id),
  tally: text('tally', { mode: 'json' }).notNull(),
  ballotsCounted: integer('ballots_counted').notNull(),
  tieAtCutoff: integer('tie_at_cutoff', { mode: 'boolean' }).notNull().default(false),
  tieRule: text('tie_rule'),
  tieReason: text('tie_reason'),
  requestedBy: integer('requested_by').references(() => staff.id),
  confirmedBy: integer('confirmed_by').references(() => staff.id),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
  fingerprints: text('fingerprints', { mode: 'json' }),
  commendedOn: text('commended_on'),
  commendationPlace: text('commendation_place'),
  commendationNotes: text('commendation_notes'),
});
export type Publication = typeof publications.$inferSelect;

// The published ballot log: every ballot's choices in a shuffled order fixed at publication.
export const ballotLog = sqliteTable(
  'ballot_log',
  {
    selectionId: integer('selection_id')
      .notNull()
      .references(() => selections.id),
    position: integer('position').notNull(),
    choices: text('choices').notNull(),
  },
  (t) => [primaryKey({ columns: [t.selectionId, t.position] })],
);

/** Winners by year since 1988: imported from the paper archive or written at publication. */
export const honours = sqliteTable(
  'honours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    position: text('position').notNull().default(''),
    note: text('note').notNull().default(''),
    officialId: integer('official_id').references(() => officials.id),
    selectionId: integer('selection_id').references(() => selections.id),
  },
  (t) => [index('honours_year_idx').on(t.year), index('honours_official_idx').on(t.officialId), index('honours_name_idx').on(t.name)],
);
export type Honour = typeof honours.$inferSelect;

/**
 * Voting ended before its closing time: who asked and why, who confirmed, and the closing time that was
 * planned (the selection's own closing time becomes the moment voting really ended).
 */
export const earlyClosures = sqliteTable('early_closures', {
  selectionId: integer('selection_id')
    .primaryKey()
    .references(() => selections.id),
  reason: text('reason').notNull(),
  plannedClosesAt: integer('planned_closes_at', { mode: 'timestamp_ms' }).notNull(),
  requestedBy: integer('requested_by')
    .notNull()
    .references(() => staff.id),
  requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
  confirmedBy: integer('confirmed_by').references(() => staff.id),
  closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
});
export type EarlyClosure = typeof earlyClosures.$inferSelect;
