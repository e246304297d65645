import 'server-only';
import { and, asc, eq, like, or } from 'drizzle-orm';
import { db } from '@/db';
import { staff, units } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';

const columns = {
  id: staff.id,
  username: staff.username,
  displayName: staff.displayName,
  role: staff.role,
  unitId: staff.unitId,
  unitName: units.name,
  disabled: staff.disabled,
  createdAt: staff.createdAt,
};

/** Never returns password hashes. A scoped admin sees only accounts inside their units. */
export function listStaff(actor: Actor) {
  return db()
    .select(columns)
    .from(staff)
    .leftJoin(units, eq(units.id, staff.unitId))
    .where(actor.unitPath === null ? undefined : like(units.path, `${actor.unitPath}%`))
    .orderBy(asc(staff.username))
    .all();
}

export function getStaffMember(actor: Actor, id: number) {
  return db()
    .select(columns)
    .from(staff)
    .leftJoin(units, eq(units.id, staff.unitId))
    .where(and(eq(staff.id, id), actor.unitPath === null ? undefined : or(like(units.path, `${actor.unitPath}%`))))
    .get();
}
