import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { staffSessions } from '@/db/schema';

/** A staff session lasts a working day; then the person signs in again. */
export const SESSION_SECONDS = 8 * 60 * 60;

const hashOf = (sessionId: string) => createHash('sha256').update(`minping:staff-session:${sessionId}`).digest('hex');

/** A new server-side session; the id goes into the (encrypted) session cookie, only its hash is stored. */
export function startStaffSession(database: Db | Tx, staffId: number, at: Date): string {
  const id = randomBytes(32).toString('base64url');
  database
    .insert(staffSessions)
    .values({ idHash: hashOf(id), staffId, createdAt: at, expiresAt: new Date(at.getTime() + SESSION_SECONDS * 1000) })
    .run();
  return id;
}

/** Whether the cookie's session is still one the server knows: the right account, not ended, not expired. */
export function sessionIsLive(database: Db | Tx, sessionId: string | undefined, staffId: number, at: Date): boolean {
  if (!sessionId || sessionId.length > 100) return false;
  const row = database
    .select({ staffId: staffSessions.staffId })
    .from(staffSessions)
    .where(and(eq(staffSessions.idHash, hashOf(sessionId)), isNull(staffSessions.endedAt), gt(staffSessions.expiresAt, at)))
    .get();
  return row?.staffId === staffId;
}

/** Signing out ends the row, so the same cookie, copied anywhere, is refused from now on. */
export function endStaffSession(database: Db | Tx, sessionId: string | undefined, at: Date): number | null {
  if (!sessionId) return null;
  const row = database
    .update(staffSessions)
    .set({ endedAt: at })
    .where(and(eq(staffSessions.idHash, hashOf(sessionId)), isNull(staffSessions.endedAt)))
    .returning({ staffId: staffSessions.staffId })
    .get();
  return row?.staffId ?? null;
}
