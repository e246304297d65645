import { sql } from 'drizzle-orm';

/** Default for created/at columns: milliseconds since the epoch, set by SQLite. */
export const now = sql`(unixepoch() * 1000)`;
