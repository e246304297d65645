import { sql } from 'drizzle-orm';
import { integer } from 'drizzle-orm/sqlite-core';

/** Default for created/at columns: milliseconds since the epoch, set by SQLite. */
export const now = sql`(unixepoch() * 1000)`;

/** A point in time, kept as epoch milliseconds. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });
