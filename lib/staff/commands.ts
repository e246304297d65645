import { eq } from 'drizzle-orm';
import { staff, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import type { ActionContext } from '@/lib/action/core';
import { hashPassword } from '@/lib/auth/password';
import { createStaffSchema, setStaffDisabledSchema, updateStaffSchema } from './schemas';

/** An account's unit must exist and sit inside the admin's own scope; a district-wide account needs a district-wide admin. */
function checkUnit(tx: Tx, ctx: ActionContext, unitId: number | null) {
  if (unitId === null) return ctx.requireDistrict();
  const unit = tx.select({ path: units.path }).from(units).where(eq(units.id, unitId)).get();
  if (!unit) throw new ActionError('errors.invalid', { unitId: ['field.invalid'] });
  ctx.requireScope(unit.path);
}

function scopedAccount(tx: Tx, ctx: ActionContext, id: number) {
  const before = tx.select().from(staff).where(eq(staff.id, id)).get();
  if (!before) throw new ActionError('errors.notFound');
  checkUnit(tx, ctx, before.unitId);
  return before;
}

const publicFields = ({ passwordHash: _hash, ...rest }: typeof staff.$inferSelect) => rest;

export const commands = {
  createStaff: defineCommand({
    name: 'staff.create',
    scope: 'unit',
    permission: 'staff.write',
    schema: createStaffSchema,
    run: async ({ password, ...input }, ctx) => {
      const passwordHash = await hashPassword(password);
      return ctx.write((tx, audit) => {
        checkUnit(tx, ctx, input.unitId);
        if (tx.select({ id: staff.id }).from(staff).where(eq(staff.username, input.username)).get())
          throw new ActionError('errors.invalid', { username: ['field.usernameTaken'] });
        const row = tx
          .insert(staff)
          .values({ ...input, passwordHash })
          .returning()
          .get();
        audit({ entity: 'staff', entityId: row.id, unitId: row.unitId, after: publicFields(row) });
        return { id: row.id };
      });
    },
  }),
  updateStaff: defineCommand({
    name: 'staff.update',
    scope: 'unit',
    permission: 'staff.write',
    schema: updateStaffSchema,
    run: async ({ id, password, ...fields }, ctx) => {
      const passwordHash = password ? await hashPassword(password) : undefined;
      return ctx.write((tx, audit) => {
        const before = scopedAccount(tx, ctx, id);
        checkUnit(tx, ctx, fields.unitId);
        if (id === ctx.actor.id && fields.role !== 'admin') throw new ActionError('errors.selfDemote');
        const after = tx
          .update(staff)
          .set({ ...fields, ...(passwordHash ? { passwordHash } : {}) })
          .where(eq(staff.id, id))
          .returning()
          .get();
        audit({
          entity: 'staff',
          entityId: id,
          unitId: after.unitId,
          before: publicFields(before),
          after: { ...publicFields(after), passwordChanged: Boolean(passwordHash) },
        });
        return { id };
      });
    },
  }),
  setStaffDisabled: defineCommand({
    name: 'staff.setDisabled',
    scope: 'unit',
    permission: 'staff.write',
    schema: setStaffDisabledSchema,
    run: ({ id, disabled }, ctx) =>
      ctx.write((tx, audit) => {
        const before = scopedAccount(tx, ctx, id);
        if (id === ctx.actor.id) throw new ActionError('errors.selfDisable');
        tx.update(staff).set({ disabled }).where(eq(staff.id, id)).run();
        audit({ entity: 'staff', entityId: id, unitId: before.unitId, before: { disabled: before.disabled }, after: { disabled } });
        return { id, disabled };
      }),
  }),
};
