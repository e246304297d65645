import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { officials, units } from '@/db/schema';

/** The district's headline numbers for the public home page (no personal data). */
export function getDistrictSummary() {
  const d = db();
  const byKind = d
    .select({ kind: units.kind, n: sql<number>`count(*)`, households: sql<number>`coalesce(sum(${units.households}), 0)` })
    .from(units)
    .groupBy(units.kind)
    .all();
  const count = (kind: string) => byKind.find((r) => r.kind === kind);
  const district = d.select({ name: units.name, nameEn: units.nameEn }).from(units).where(eq(units.kind, 'district')).get();
  const activeOfficials = d
    .select({ n: sql<number>`count(*)` })
    .from(officials)
    .where(eq(officials.active, true))
    .get();
  return {
    name: district?.name ?? null,
    nameEn: district?.nameEn ?? null,
    streets: count('street')?.n ?? 0,
    communities: count('community')?.n ?? 0,
    households: count('community')?.households ?? 0,
    officials: activeOfficials?.n ?? 0,
  };
}
