import { z } from 'zod';
import { honours } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { readTable, UnreadableFile } from '@/lib/officials/spreadsheet';
import { checkHonours } from './check';

const importSchema = z.object({
  file: z.instanceof(File, { message: 'field.file' }).refine((f) => f.size > 0 && f.size <= 5 * 1024 * 1024, 'field.file'),
  confirm: z.enum(['yes']).optional(),
});

export const commands = {
  /** Without `confirm`: check and preview. With it: the same file, imported whole or not at all. */
  importHonours: defineCommand({
    name: 'honours.import',
    scope: 'district',
    permission: 'selection.manage',
    schema: importSchema,
    run: async ({ file, confirm }, ctx) => {
      let table: string[][];
      try {
        table = await readTable(new Uint8Array(await file.arrayBuffer()), file.name);
      } catch (error) {
        if (error instanceof UnreadableFile) throw new ActionError('errors.invalid', { file: ['field.file'] });
        throw error;
      }
      const check = checkHonours(table, new Date().getFullYear() - 1);
      if (check.errors.length || !confirm) return { ...check, rows: check.rows.slice(0, 50), valid: check.rows.length, imported: 0 };
      return ctx.write((tx, audit) => {
        for (const { line: _line, ...row } of check.rows) tx.insert(honours).values(row).run();
        audit({ entity: 'honours', after: { fileName: file.name, rows: check.rows.length } });
        return { rows: [], errors: [], total: check.total, valid: check.rows.length, imported: check.rows.length };
      });
    },
  }),
};
