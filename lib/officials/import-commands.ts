import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { officials, rosterImports, units } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import type { RosterRow } from './roster';

const importSchema = z.object({ importId: z.uuid('field.invalid') });

export const commands = {
  commitRosterImport: defineCommand({
    name: 'official.import',
    scope: 'unit',
    permission: 'officials.import',
    schema: importSchema,
    run: ({ importId }, { actor, write, requireScope }) =>
      write((tx, audit) => {
        const pending = tx
          .select()
          .from(rosterImports)
          .where(and(eq(rosterImports.id, importId), eq(rosterImports.staffId, actor.id)))
          .get();
        if (!pending || pending.status !== 'previewed') throw new ActionError('errors.importGone');
        const rows = pending.rows as RosterRow[];
        // Scope is checked again at commit: a unit may have moved since the preview.
        const unitIds = [...new Set(rows.map((r) => r.unitId))];
        const paths = tx.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, unitIds)).all();
        if (paths.length !== unitIds.length) throw new ActionError('errors.importGone');
        paths.forEach((p) => requireScope(p.path));
        for (let i = 0; i < rows.length; i += 500) {
          tx.insert(officials)
            .values(rows.slice(i, i + 500).map(({ line: _line, ...row }) => row))
            .run();
        }
        tx.update(rosterImports).set({ status: 'imported' }).where(eq(rosterImports.id, importId)).run();
        audit({ entity: 'roster_import', entityId: importId, after: { fileName: pending.fileName, rows: rows.length } });
        return { imported: rows.length };
      }),
  }),
  discardRosterImport: defineCommand({
    name: 'official.importDiscard',
    scope: 'none',
    permission: 'officials.import',
    schema: importSchema,
    run: ({ importId }, { actor, write }) =>
      write((tx, audit) => {
        const done = tx
          .update(rosterImports)
          .set({ status: 'discarded' })
          .where(and(eq(rosterImports.id, importId), eq(rosterImports.staffId, actor.id), eq(rosterImports.status, 'previewed')))
          .run();
        if (done.changes === 0) throw new ActionError('errors.importGone');
        audit({ entity: 'roster_import', entityId: importId });
        return {};
      }),
  }),
};
