import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/tx';
import { units, type UnitKind } from '@/db/schema';

/** Inserts a unit and sets its path from its parent's; used by the admin action and the seed alike. */
export function insertUnit(
  tx: Tx,
  input: { parentId: number | null; kind: UnitKind; name: string; nameEn?: string | null; households: number | null },
) {
  const parent = input.parentId === null ? undefined : tx.select().from(units).where(eq(units.id, input.parentId)).get();
  const row = tx
    .insert(units)
    .values({ ...input, households: input.kind === 'community' ? input.households : null })
    .returning()
    .get();
  const path = `${parent?.path ?? '/'}${row.id}/`;
  tx.update(units).set({ path }).where(eq(units.id, row.id)).run();
  return { ...row, path };
}
