import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { rosterImports, units } from '@/db/schema';
import { inScope, type Actor } from '@/lib/auth/permissions';
import { checkRoster, type RosterCheck, type RosterUnit } from './roster';
import { readTable } from './spreadsheet';

export const MAX_ROSTER_BYTES = 10 * 1024 * 1024;

function rosterUnits(): RosterUnit[] {
  const all = db().select({ id: units.id, name: units.name, path: units.path, parentId: units.parentId }).from(units).all();
  const names = new Map(all.map((u) => [u.id, u.name]));
  return all.map((u) => ({ id: u.id, name: u.name, path: u.path, parentName: u.parentId ? (names.get(u.parentId) ?? null) : null }));
}

/**
 * Reads and checks a roster file. Only a roster with no errors is stored for import, so the import
 * commits exactly the rows the organizer saw, all or nothing.
 */
export async function previewRoster(
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<RosterCheck & { importId: string | null }> {
  const table = await readTable(file.bytes, file.name);
  const check = await checkRoster(table, rosterUnits(), (path) => inScope(actor, path), onProgress);
  if (check.errors.length > 0) return { ...check, importId: null };
  const importId = crypto.randomUUID();
  db()
    .insert(rosterImports)
    .values({
      id: importId,
      staffId: actor.id,
      fileName: file.name.slice(0, 200),
      rows: check.rows,
      rowCount: check.rows.length,
      status: 'previewed',
    })
    .run();
  return { ...check, importId };
}

export function getRosterImport(id: string) {
  return db().select().from(rosterImports).where(eq(rosterImports.id, id)).get();
}
