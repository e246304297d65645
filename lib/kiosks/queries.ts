import 'server-only';
import { desc } from 'drizzle-orm';
import { db } from '@/db';
import { kiosks } from '@/db/schema';

export function listKiosks() {
  return db()
    .select({ id: kiosks.id, name: kiosks.name, createdAt: kiosks.createdAt, revokedAt: kiosks.revokedAt })
    .from(kiosks)
    .orderBy(desc(kiosks.id))
    .all();
}
