import { eq } from 'drizzle-orm';
import { units } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { createUnitSchema, parentKindOf, updateUnitSchema } from './schemas';
import { insertUnit } from './write';

export const commands = {
  createUnit: defineCommand({
    name: 'unit.create',
    scope: 'unit',
    permission: 'units.write',
    schema: createUnitSchema,
    run: (input, { write, requireScope }) =>
      write((tx, audit) => {
        const parent = tx.select().from(units).where(eq(units.id, input.parentId)).get();
        if (!parent) throw new ActionError('errors.notFound');
        requireScope(parent.path);
        if (parent.kind !== parentKindOf[input.kind]) throw new ActionError('errors.unitLevel', { parentId: ['field.unitLevel'] });
        if (input.kind === 'community' && input.households === null)
          throw new ActionError('errors.invalid', { households: ['field.required'] });
        const unit = insertUnit(tx, { ...input, parentId: parent.id });
        audit({ entity: 'unit', entityId: unit.id, unitId: unit.id, after: unit });
        return { id: unit.id };
      }),
  }),
  updateUnit: defineCommand({
    name: 'unit.update',
    scope: 'unit',
    permission: 'units.write',
    schema: updateUnitSchema,
    run: (input, { write, requireScope }) =>
      write((tx, audit) => {
        const before = tx.select().from(units).where(eq(units.id, input.id)).get();
        if (!before) throw new ActionError('errors.notFound');
        requireScope(before.path);
        const households = before.kind === 'community' ? input.households : null;
        if (before.kind === 'community' && households === null) throw new ActionError('errors.invalid', { households: ['field.required'] });
        const after = tx
          .update(units)
          .set({ name: input.name, nameEn: input.nameEn, households })
          .where(eq(units.id, input.id))
          .returning()
          .get();
        audit({ entity: 'unit', entityId: input.id, unitId: input.id, before, after });
        return { id: input.id };
      }),
  }),
};
