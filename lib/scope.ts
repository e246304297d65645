import { like, type SQL } from 'drizzle-orm';
import { units } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';

/** The scope filter goes into the WHERE clause itself, so a query cannot return another unit's rows. */
export function unitScope(actor: Actor): SQL | undefined {
  return actor.unitPath === null ? undefined : like(units.path, `${actor.unitPath}%`);
}
