import 'server-only';
import { asc, desc, eq, like, or } from 'drizzle-orm';
import { db } from '@/db';
import { honours, officials, units } from '@/db/schema';

/** Every winner since 1988, newest year first; `q` searches name and unit. */
export function listHonours(q?: string) {
  const term = q?.trim().slice(0, 20);
  return db()
    .select()
    .from(honours)
    .where(term ? or(like(honours.name, `%${term}%`), like(honours.unit, `%${term}%`)) : undefined)
    .orderBy(desc(honours.year), asc(honours.id))
    .all();
}

export function honoursOf(officialId: number) {
  return db().select().from(honours).where(eq(honours.officialId, officialId)).orderBy(desc(honours.year)).all();
}

/** An official's public profile: name, unit, position, bio. Nothing internal (no scores, no contact). */
export function getPublicOfficial(id: number) {
  return db()
    .select({
      id: officials.id,
      name: officials.name,
      position: officials.position,
      positionEn: officials.positionEn,
      bio: officials.bio,
      photoUrl: officials.photoUrl,
      unit: units.name,
      unitEn: units.nameEn,
    })
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(eq(officials.id, id))
    .get();
}
