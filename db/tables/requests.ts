// Night-talk visits and the requests ledger. A requester's contact is personal data: it stays in the
// columns marked below and never leaves staff pages.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { officials, staff, units } from './core';
import { requestStatuses, requestChannels } from '../../lib/enums';
export { requestStatuses, requestChannels, type RequestStatus, type RequestChannel } from '../../lib/enums';

// ——— Night talks (和平夜话) ———

export const nightTalks = sqliteTable(
  'night_talks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The evening of the visit, as YYYY-MM-DD (district time). */
    heldOn: text('held_on').notNull(),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    place: text('place').notNull().default(''),
    residentsMet: integer('residents_met').notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => staff.id),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('night_talks_community_idx').on(t.communityId, t.heldOn)],
);
export type NightTalk = typeof nightTalks.$inferSelect;

export const nightTalkOfficials = sqliteTable(
  'night_talk_officials',
  {
    nightTalkId: integer('night_talk_id')
      .notNull()
      .references(() => nightTalks.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
  },
  (t) => [primaryKey({ columns: [t.nightTalkId, t.officialId] }), index('night_talk_officials_official_idx').on(t.officialId)],
);

// ——— Requests (诉求, "马上就办") ———

export const requestCategories = sqliteTable('request_categories', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** Working days allowed for the first response (default 1). */
  respondDays: integer('respond_days').notNull().default(1),
  /** Working days allowed to resolve. */
  resolveDays: integer('resolve_days').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});
export type RequestCategory = typeof requestCategories.$inferSelect;

export const requests = sqliteTable(
  'requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The tracking number a resident is given, e.g. "2026-000123"; public, guessable only by number. */
    number: text('number').notNull().unique(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => requestCategories.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    description: text('description').notNull(),
    channel: text('channel', { enum: requestChannels }).notNull(),
    nightTalkId: integer('night_talk_id').references(() => nightTalks.id),
    // Personal data: staff-only, never in a public page or API.
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    status: text('status', { enum: requestStatuses }).notNull().default('received'),
    assignedOfficialId: integer('assigned_official_id').references(() => officials.id),
    assignedUnitId: integer('assigned_unit_id').references(() => units.id),
    respondBy: timestamp('respond_by').notNull(),
    resolveBy: timestamp('resolve_by').notNull(),
    respondedAt: timestamp('responded_at'),
    resolvedAt: timestamp('resolved_at'),
    resolution: text('resolution'),
    /** 1–5, given by the resident on confirmation. */
    satisfaction: integer('satisfaction'),
    confirmedAt: timestamp('confirmed_at'),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** SHA-256 of the confirmation key given to the resident with the number: only its holder confirms or reopens. */
    confirmKeyHash: text('confirm_key_hash'),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [
    index('requests_community_idx').on(t.communityId, t.createdAt),
    index('requests_official_idx').on(t.assignedOfficialId),
    index('requests_unit_idx').on(t.assignedUnitId),
    index('requests_status_idx').on(t.status, t.resolveBy),
  ],
);
export type ResidentRequest = typeof requests.$inferSelect;

/** Every change of a request, in order: the public history (note is public unless internal; actor is staff-only). */
export const requestEvents = sqliteTable(
  'request_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id),
    at: timestamp('at').notNull().default(now),
    status: text('status', { enum: requestStatuses }).notNull(),
    note: text('note').notNull().default(''),
    /** Staff-only note (e.g. a resident's own words on reopening, which may name people): never public. */
    internal: integer('internal', { mode: 'boolean' }).notNull().default(false),
    actorId: integer('actor_id').references(() => staff.id),
  },
  (t) => [index('request_events_request_idx').on(t.requestId, t.at)],
);
