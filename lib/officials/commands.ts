import { eq } from 'drizzle-orm';
import { officials, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { createOfficialSchema, setOfficialActiveSchema, updateOfficialSchema } from './schemas';

const unitPath = (tx: Tx, unitId: number) => tx.select({ path: units.path }).from(units).where(eq(units.id, unitId)).get()?.path;
const find = (tx: Tx, id: number) => tx.select().from(officials).where(eq(officials.id, id)).get();

export const commands = {
  createOfficial: defineCommand({
    name: 'official.create',
    scope: 'unit',
    permission: 'officials.write',
    schema: createOfficialSchema,
    run: (input, { write, requireScope }) =>
      write((tx, audit) => {
        requireScope(unitPath(tx, input.unitId));
        const row = tx.insert(officials).values(input).returning().get();
        audit({ entity: 'official', entityId: row.id, unitId: row.unitId, after: row });
        return { id: row.id };
      }),
  }),
  updateOfficial: defineCommand({
    name: 'official.update',
    scope: 'unit',
    permission: 'officials.write',
    schema: updateOfficialSchema,
    run: ({ id, ...fields }, { write, requireScope }) =>
      write((tx, audit) => {
        const before = find(tx, id);
        if (!before) throw new ActionError('errors.notFound');
        // Both the official's current unit and the unit it moves to must be the actor's.
        requireScope(unitPath(tx, before.unitId));
        requireScope(unitPath(tx, fields.unitId));
        const after = tx.update(officials).set(fields).where(eq(officials.id, id)).returning().get();
        audit({ entity: 'official', entityId: id, unitId: after.unitId, before, after });
        return { id };
      }),
  }),
  setOfficialActive: defineCommand({
    name: 'official.setActive',
    scope: 'unit',
    permission: 'officials.write',
    schema: setOfficialActiveSchema,
    run: ({ id, active }, { write, requireScope }) =>
      write((tx, audit) => {
        const before = find(tx, id);
        if (!before) throw new ActionError('errors.notFound');
        requireScope(unitPath(tx, before.unitId));
        tx.update(officials).set({ active }).where(eq(officials.id, id)).run();
        audit({ entity: 'official', entityId: id, unitId: before.unitId, before: { active: before.active }, after: { active } });
        return { id };
      }),
  }),
};
