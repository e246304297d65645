import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { staff, units } from '@/db/schema';
import type { Actor } from './permissions';

/** Reloaded on every request, so a disabled account or a changed role takes effect at once. */
export function getActor(staffId: number): Actor | null {
  const row = db()
    .select({
      id: staff.id,
      username: staff.username,
      displayName: staff.displayName,
      role: staff.role,
      unitId: staff.unitId,
      unitPath: units.path,
      disabled: staff.disabled,
    })
    .from(staff)
    .leftJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, staffId))
    .get();
  if (!row || row.disabled) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitId: row.unitId,
    unitPath: row.unitId === null ? null : (row.unitPath ?? null),
  };
}

export function getStaffForSignIn(username: string) {
  return db().select().from(staff).where(eq(staff.username, username)).get();
}
