// Satisfaction surveys with checkable sampling, and community star ratings. Household identifiers
// are stored only as keyed hashes; phone numbers stay with the surveyor assigned to the community.
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { staff, units } from './core';
import { surveyStatuses, surveyChannels, callOutcomes } from '../../lib/enums';
export { surveyStatuses, surveyChannels, callOutcomes, type SurveyStatus, type SurveyChannel, type CallOutcome } from '../../lib/enums';

// ——— Households and satisfaction surveys (满意度测评) ———

/** The household register of a community; the identifier is stored only as a keyed hash. */
export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    idHash: text('id_hash').notNull(),
    // Phone number for interviews: personal data, shown only to the surveyor assigned to the community.
    phone: text('phone'),
  },
  (t) => [uniqueIndex('households_community_hash_idx').on(t.communityId, t.idHash)],
);
export type Household = typeof households.$inferSelect;

export const surveyTemplates = sqliteTable('survey_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** [{ id, zh, en }] — each question answered on the five-level scale. */
  questions: text('questions', { mode: 'json' }).notNull().$type<{ id: string; zh: string; en: string }[]>(),
  /** [{ id, zh, en }] — the unannounced-visit checklist. */
  checklist: text('checklist', { mode: 'json' }).notNull().$type<{ id: string; zh: string; en: string }[]>(),
  createdAt: timestamp('created_at').notNull().default(now),
});
export type SurveyTemplate = typeof surveyTemplates.$inferSelect;

/** One survey cycle across the district (e.g. "2026 autumn"); each community is surveyed within it. */
export const surveys = sqliteTable('surveys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  year: integer('year').notNull(),
  templateId: integer('template_id')
    .notNull()
    .references(() => surveyTemplates.id),
  status: text('status', { enum: surveyStatuses }).notNull().default('draft'),
  /** Share of each community's households drawn, in percent (default 10). */
  samplePercent: real('sample_percent').notNull().default(10),
  /** Response rate below which a community is flagged, in percent. */
  targetResponsePercent: real('target_response_percent').notNull().default(60),
  // Commit–reveal: the seed's SHA-256 is published before the draw, the seed after it.
  seedHash: text('seed_hash'),
  seed: text('seed'),
  committedAt: timestamp('committed_at'),
  drawnAt: timestamp('drawn_at'),
  revealedAt: timestamp('revealed_at'),
  // The register as it stood at the draw (households with id ≤ registerMaxId), and its SHA-256
  // fingerprint: later imports must not change what the published sample is checked against.
  registerMaxId: integer('register_max_id'),
  registerHash: text('register_hash'),
  opensOn: text('opens_on'),
  closesOn: text('closes_on'),
  createdAt: timestamp('created_at').notNull().default(now),
});
export type Survey = typeof surveys.$inferSelect;

export const surveyorAssignments = sqliteTable(
  'surveyor_assignments',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.communityId, t.staffId] }),
    index('surveyor_assignments_staff_idx').on(t.staffId, t.surveyId),
  ],
);

/** The drawn sample, in draw order, re-derivable from the revealed seed and the register. */
export const surveySamples = sqliteTable(
  'survey_samples',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.householdId] }), index('survey_samples_community_idx').on(t.surveyId, t.communityId)],
);

/** One-time codes for the online questionnaire, one per sampled household, stored hashed. */
export const surveyCodes = sqliteTable(
  'survey_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    usedAt: timestamp('used_at'),
  },
  (t) => [uniqueIndex('survey_codes_household_idx').on(t.surveyId, t.householdId)],
);

/** A completed questionnaire. One per household per survey: the unique index is the guarantee. */
export const surveyResponses = sqliteTable(
  'survey_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    channel: text('channel', { enum: surveyChannels }).notNull(),
    /** { questionId: 1..5 } */
    answers: text('answers', { mode: 'json' }).notNull().$type<Record<string, number>>(),
    /** Mean of the answers mapped to 0–100 ((level − 1) × 25), kept for fast aggregation. */
    score: real('score').notNull(),
    comment: text('comment').notNull().default(''),
    enteredBy: integer('entered_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('survey_responses_household_idx').on(t.surveyId, t.householdId),
    index('survey_responses_community_idx').on(t.surveyId, t.communityId),
  ],
);
export type SurveyResponse = typeof surveyResponses.$inferSelect;

/** Every phone call a surveyor made, answered or not: the denominator of the response rate's story. */
export const surveyCalls = sqliteTable(
  'survey_calls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    outcome: text('outcome', { enum: callOutcomes }).notNull(),
    responseId: integer('response_id').references(() => surveyResponses.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    at: timestamp('at').notNull().default(now),
  },
  (t) => [index('survey_calls_household_idx').on(t.surveyId, t.householdId)],
);

/** An unannounced visit (暗访) to a community: the checklist ticked and a 0–100 score. */
export const surveyVisits = sqliteTable(
  'survey_visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    visitedOn: text('visited_on').notNull(),
    /** { checklistItemId: passed } */
    checklist: text('checklist', { mode: 'json' }).notNull().$type<Record<string, boolean>>(),
    score: real('score').notNull(),
    notes: text('notes').notNull().default(''),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('survey_visits_community_idx').on(t.surveyId, t.communityId)],
);

// ——— Star ratings (评星定级) ———

/** A survey cycle's ratings: the formula and thresholds used, fixed when computed, public once published. */
export const ratingRounds = sqliteTable('rating_rounds', {
  surveyId: integer('survey_id')
    .primaryKey()
    .references(() => surveys.id),
  /** { weights: {...}, thresholds: [...], minResponses, ... } — the published formula. */
  formula: text('formula', { mode: 'json' }).notNull(),
  computedAt: timestamp('computed_at').notNull(),
  computedBy: integer('computed_by').references(() => staff.id),
  publishedAt: timestamp('published_at'),
  publishedBy: integer('published_by').references(() => staff.id),
});
export type RatingRound = typeof ratingRounds.$inferSelect;

export const communityRatings = sqliteTable(
  'community_ratings',
  {
    surveyId: integer('survey_id')
      .notNull()
      .references(() => surveys.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    stars: integer('stars').notNull(),
    score: real('score').notNull(),
    /** Every input of the formula (survey mean, n, response rate, margin, request metrics…), as published. */
    inputs: text('inputs', { mode: 'json' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.communityId] }), index('community_ratings_community_idx').on(t.communityId)],
);
export type CommunityRating = typeof communityRatings.$inferSelect;
