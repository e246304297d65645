import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '@/db';
import { staff } from '@/db/schema';
import type { Tx } from '@/db/tx';

/**
 * Enabled district-wide organizers other than `actorId`. Acts that cannot be undone (publishing a
 * result, ending a vote early) need a second of them to confirm whenever there is one.
 */
export function otherOrganizers(database: Tx | Db, actorId: number): number {
  return database
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'organizer'), eq(staff.disabled, false), isNull(staff.unitId), ne(staff.id, actorId)))
    .all().length;
}
