// Livelihood projects (民生实事项目), once adopted: each project followed in public to completion —
// places, officials, milestones, progress, photos, the timeline, residents' comments and the
// households' ratings at completion. The calls and the vote that adopt them are in projects.ts.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now, timestamp } from './columns';
import { officials, staff, units } from './core';
import { projectCalls, projectProposals } from './projects';
import { households } from './surveys';

export const projectStatuses = ['planned', 'in_progress', 'completed'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    callId: integer('call_id')
      .notNull()
      .references(() => projectCalls.id),
    proposalId: integer('proposal_id').references(() => projectProposals.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** The main place (a community); more places it serves are in project_places. */
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    responsibleUnitId: integer('responsible_unit_id')
      .notNull()
      .references(() => units.id),
    budget: integer('budget').notNull(),
    status: text('status', { enum: projectStatuses }).notNull().default('planned'),
    startsOn: text('starts_on').notNull(),
    plannedEndOn: text('planned_end_on').notNull(),
    completedOn: text('completed_on'),
    progress: integer('progress').notNull().default(0),
    /** Households of the places rate the finished project until this day (inclusive). */
    ratingClosesOn: text('rating_closes_on'),
    createdAt: timestamp('created_at').notNull().default(now),
  },
  (t) => [index('projects_call_idx').on(t.callId), index('projects_unit_idx').on(t.responsibleUnitId)],
);
export type Project = typeof projects.$inferSelect;

export const projectPlaces = sqliteTable(
  'project_places',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.communityId] })],
);

/** The officials who answer for the project; the assessment counts its milestones and rating for them. */
export const projectOfficials = sqliteTable(
  'project_officials',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.officialId] }), index('project_officials_official_idx').on(t.officialId)],
);

export const projectMilestones = sqliteTable(
  'project_milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    title: text('title').notNull(),
    plannedOn: text('planned_on').notNull(),
    actualOn: text('actual_on'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('project_milestones_project_idx').on(t.projectId, t.plannedOn)],
);
export type ProjectMilestone = typeof projectMilestones.$inferSelect;

/** Progress in words, with the photos taken for it. */
export const projectUpdates = sqliteTable(
  'project_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    body: text('body').notNull(),
    progress: integer('progress'),
    authorId: integer('author_id').references(() => staff.id),
    at: timestamp('at').notNull().default(now),
  },
  (t) => [index('project_updates_project_idx').on(t.projectId)],
);

/** A photo resized on the server and kept under the data directory as <id>.webp (0600). */
export const projectPhotos = sqliteTable(
  'project_photos',
  {
    id: text('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    updateId: integer('update_id').references(() => projectUpdates.id),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    caption: text('caption').notNull().default(''),
    at: timestamp('at').notNull().default(now),
  },
  (t) => [index('project_photos_project_idx').on(t.projectId)],
);

/** The public timeline: every change to a project, in order. */
export const projectEvents = sqliteTable(
  'project_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    at: timestamp('at').notNull().default(now),
    kind: text('kind').notNull(),
    detail: text('detail', { mode: 'json' }).notNull().$type<Record<string, string | number | null>>(),
    actorId: integer('actor_id').references(() => staff.id),
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.at)],
);

export const commentStatuses = ['pending', 'shown', 'hidden'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const projectComments = sqliteTable(
  'project_comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    body: text('body').notNull(),
    name: text('name').notNull().default(''),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    createdAt: timestamp('created_at').notNull().default(now),
    moderatedBy: integer('moderated_by').references(() => staff.id),
    moderatedAt: timestamp('moderated_at'),
  },
  (t) => [index('project_comments_project_idx').on(t.projectId, t.status)],
);

/** One rating code per household of the places a completed project serves, stored hashed. */
export const projectRatingCodes = sqliteTable(
  'project_rating_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    usedOn: text('used_on'),
  },
  (t) => [uniqueIndex('project_rating_codes_household_idx').on(t.projectId, t.householdId)],
);

/** A household's rating, 1–5: no link to its code or household, and only the day it was given. */
export const projectRatings = sqliteTable(
  'project_ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    communityId: integer('community_id')
      .notNull()
      .references(() => units.id),
    score: integer('score').notNull(),
    ratedOn: text('rated_on').notNull(),
  },
  (t) => [index('project_ratings_project_idx').on(t.projectId)],
);
