// Units, officials, staff accounts and the audit log: what every part of Minping stands on.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { now } from './columns';
import { unitKinds, roles, grades } from '../../lib/enums';
export { unitKinds, roles, grades, type UnitKind, type Role, type Grade } from '../../lib/enums';

// `path` is the chain of ancestor ids ("/1/4/17/"): a subtree is one indexed prefix match.
export const units = sqliteTable(
  'units',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    parentId: integer('parent_id'),
    kind: text('kind', { enum: unitKinds }).notNull(),
    name: text('name').notNull(),
    // English names are optional: staff give one where they want; /en pages show the Chinese, marked, otherwise.
    nameEn: text('name_en'),
    path: text('path').notNull().default(''),
    households: integer('households'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('units_path_idx').on(t.path), index('units_parent_idx').on(t.parentId)],
);
export type Unit = typeof units.$inferSelect;

export const officials = sqliteTable(
  'officials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    position: text('position').notNull(),
    positionEn: text('position_en'),
    grade: text('grade', { enum: grades }).notNull(),
    bio: text('bio').notNull().default(''),
    photoUrl: text('photo_url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('officials_unit_idx').on(t.unitId), index('officials_name_idx').on(t.name)],
);
export type Official = typeof officials.$inferSelect;

// unitId null means the account spans the whole district.
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    unitId: integer('unit_id').references(() => units.id),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [uniqueIndex('staff_username_idx').on(t.username)],
);
export type Staff = typeof staff.$inferSelect;

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    unitId: integer('unit_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_entity_idx').on(t.entity, t.entityId)],
);
export type AuditEntry = typeof auditLog.$inferSelect;

// A previewed roster waits here until the organizer confirms it, so the import commits exactly what was shown.
export const rosterImports = sqliteTable('roster_imports', {
  id: text('id').primaryKey(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id),
  fileName: text('file_name').notNull(),
  rows: text('rows', { mode: 'json' }).notNull(),
  rowCount: integer('row_count').notNull(),
  status: text('status', { enum: ['previewed', 'imported', 'discarded'] }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});
export type RosterImport = typeof rosterImports.$inferSelect;

// One row per signed-in browser. The session cookie carries the id (encrypted); the row is checked
// on every request, so signing out (or an organizer ending it) refuses a copied cookie at once.
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
);

// A community kiosk's key for POST /api/v1/ballots: issued by an organizer, shown once, stored as a
// hash. A kiosk has its own wrong-code budget, so nobody can lock it out by claiming its address.
export const kiosks = sqliteTable(
  'kiosks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: integer('created_by').references(() => staff.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('kiosks_key_hash_idx').on(t.keyHash)],
);
export type Kiosk = typeof kiosks.$inferSelect;
