// Front-line inspections (实地看 / 坐下谈 / 蹲点考) at registered sites, and review meetings (述职评议会)
// with their evaluation forms: the records the assessment reads and its drill-downs link to.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { officials, staff, units } from './core';
import { assessmentCycles, reviewGrades } from './assessment';
import { siteKinds, recommendationStatuses, reviewChannels, type InspectionMethod } from '../../lib/enums';
export {
  siteKinds,
  inspectionMethods,
  recommendationStatuses,
  reviewChannels,
  type SiteKind,
  type InspectionMethod,
} from '../../lib/enums';

// ——— Front-line inspections (实地看 / 坐下谈 / 蹲点考) ———

export const sites = sqliteTable(
  'sites',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: siteKinds }).notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    address: text('address').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('sites_unit_idx').on(t.unitId)],
);
export type Site = typeof sites.$inferSelect;

export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id')
      .notNull()
      .references(() => sites.id),
    methods: text('methods', { mode: 'json' }).notNull().$type<InspectionMethod[]>(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    findings: text('findings').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('inspections_site_idx').on(t.siteId, t.startsOn)],
);
export type Inspection = typeof inspections.$inferSelect;

/** Each official inspected, with the rating given to that official (1–5). */
export const inspectionOfficials = sqliteTable(
  'inspection_officials',
  {
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    rating: integer('rating').notNull(),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.officialId] }), index('inspection_officials_official_idx').on(t.officialId)],
);

export const recommendations = sqliteTable(
  'recommendations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    text: text('text').notNull(),
    status: text('status', { enum: recommendationStatuses }).notNull().default('open'),
    followUp: text('follow_up').notNull().default(''),
    updatedAt: timestamp('updated_at').notNull().default(now),
  },
  (t) => [index('recommendations_inspection_idx').on(t.inspectionId)],
);

// ——— Review meetings (述职评议会) ———

export const reviewMeetings = sqliteTable(
  'review_meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    cycleId: integer('cycle_id').references(() => assessmentCycles.id),
    heldOn: text('held_on').notNull(),
    place: text('place').notNull().default(''),
    attendees: integer('attendees').notNull().default(0),
    createdBy: integer('created_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('review_meetings_official_idx').on(t.officialId, t.heldOn)],
);
export type ReviewMeeting = typeof reviewMeetings.$inferSelect;

/** One evaluation form: the five dimensions 德 能 勤 绩 廉, each on the four grades. */
export const reviewForms = sqliteTable(
  'review_forms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => reviewMeetings.id),
    channel: text('channel', { enum: reviewChannels }).notNull(),
    morality: text('morality', { enum: reviewGrades }).notNull(),
    ability: text('ability', { enum: reviewGrades }).notNull(),
    diligence: text('diligence', { enum: reviewGrades }).notNull(),
    achievement: text('achievement', { enum: reviewGrades }).notNull(),
    integrity: text('integrity', { enum: reviewGrades }).notNull(),
    enteredBy: integer('entered_by').references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('review_forms_meeting_idx').on(t.meetingId)],
);
export type ReviewForm = typeof reviewForms.$inferSelect;

/** One-time codes handed to attendees for the online form, stored hashed. */
export const reviewFormCodes = sqliteTable(
  'review_form_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => reviewMeetings.id),
    usedAt: timestamp('used_at'),
  },
  (t) => [index('review_form_codes_meeting_idx').on(t.meetingId)],
);
