import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { kiosks } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { generateKioskKey, hashKioskKey } from './keys';

const issueSchema = z.object({ name: z.string('field.required').trim().min(1, 'field.required').max(60, 'field.tooLong') });
const revokeSchema = z.object({ id: z.coerce.number('field.required').int().positive('field.required') });

export const commands = {
  /** A new kiosk and its key; the key is in the answer once and nowhere else. */
  issueKiosk: defineCommand({
    name: 'kiosk.issue',
    scope: 'district',
    permission: 'kiosks.manage',
    schema: issueSchema,
    run: ({ name }, ctx) =>
      ctx.write((tx, audit) => {
        const key = generateKioskKey();
        const row = tx
          .insert(kiosks)
          .values({ name, keyHash: hashKioskKey(key), createdBy: ctx.actor.id })
          .returning()
          .get();
        audit({ entity: 'kiosk', entityId: row.id, after: { name } });
        return { id: row.id, name, key };
      }),
  }),
  revokeKiosk: defineCommand({
    name: 'kiosk.revoke',
    scope: 'district',
    permission: 'kiosks.manage',
    schema: revokeSchema,
    run: ({ id }, ctx) =>
      ctx.write((tx, audit) => {
        const done = tx
          .update(kiosks)
          .set({ revokedAt: now() })
          .where(and(eq(kiosks.id, id), isNull(kiosks.revokedAt)))
          .returning({ name: kiosks.name })
          .get();
        if (!done) throw new ActionError('errors.notFound');
        audit({ entity: 'kiosk', entityId: id, before: { name: done.name }, after: { revoked: true } });
        return { id };
      }),
  }),
};
