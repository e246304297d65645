import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { kiosks } from '@/db/schema';

/**
 * A kiosk key: 32 random bytes, shown once to the organizer who issues it and typed into the kiosk's
 * configuration; only its hash is stored. Sent as `Authorization: Bearer mpk_…`.
 */
const PREFIX = 'mpk_';

export function generateKioskKey(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

export const hashKioskKey = (key: string) => createHash('sha256').update(`minping:kiosk-key:${key}`).digest('hex');

/** The key in an Authorization header, or null when none is sent. A malformed one is returned as is, to be refused. */
export function kioskKeyOf(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  return match ? match[1]! : authorization.slice(0, 200);
}

/** The live kiosk a key belongs to, or undefined (unknown, malformed or revoked). */
export function findKiosk(database: Db | Tx, key: string): { id: number; name: string } | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  return database
    .select({ id: kiosks.id, name: kiosks.name })
    .from(kiosks)
    .where(and(eq(kiosks.keyHash, hashKioskKey(key)), isNull(kiosks.revokedAt)))
    .get();
}
