import { z } from 'zod';
import { normalizeTrackingNumber } from '@/lib/typed';
import { NUMBER_PATTERN, normalizeKey } from './keys';

const id = z.coerce.number('field.required').int('field.required').positive('field.required');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'field.tooLong')
    .optional()
    .transform((v) => v || null);

export const description = z.string('field.required').trim().min(5, 'field.tooShort').max(1000, 'field.tooLong');
export const contactName = optionalText(40);
export const contactPhone = z
  .string()
  .trim()
  .max(20, 'field.tooLong')
  .refine((v) => v === '' || /^[0-9+\-\s()]{5,20}$/.test(v), 'field.invalid')
  .optional()
  .transform((v) => v || null);

/** What a resident sends, from the web form or the API. */
export const fileRequestSchema = z.object({
  category: z.string('field.required').trim().min(1, 'field.required').max(40, 'field.invalid'),
  community: id,
  description,
  contactName,
  contactPhone,
});

/** A request staff take down from a phone call or a visit to the office, for a community in their scope. */
export const recordRequestSchema = z.object({
  category: fileRequestSchema.shape.category,
  communityId: id,
  description,
  contactName,
  contactPhone,
});

export const trackingNumber = z
  .string('field.required')
  .transform((v) => normalizeTrackingNumber(v) ?? v)
  .pipe(z.string().regex(NUMBER_PATTERN, 'field.invalid'));
const key = z.string('field.required').refine((v) => normalizeKey(v) !== null, 'field.invalid');

export const residentMoveSchema = z.discriminatedUnion('move', [
  z.object({
    move: z.literal('confirm'),
    number: trackingNumber,
    key,
    satisfaction: z.coerce.number('field.required').int('field.required').min(1, 'field.required').max(5, 'field.required'),
    comment: optionalText(500),
  }),
  z.object({ move: z.literal('reopen'), number: trackingNumber, key, comment: optionalText(500) }),
]);

const note = z.string().trim().max(500, 'field.tooLong').default('');

/** Assign to an official or a unit: exactly one of the two. */
export const assignSchema = z
  .object({
    id,
    officialId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    unitId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    note,
  })
  .refine((v) => Boolean(v.officialId) !== Boolean(v.unitId), { path: ['officialId'], message: 'field.required' });

export const startSchema = z.object({ id, note });
export const resolveSchema = z.object({
  id,
  resolution: z.string('field.required').trim().min(2, 'field.required').max(1000, 'field.tooLong'),
});
export const noteSchema = z.object({
  id,
  note: z.string('field.required').trim().min(1, 'field.required').max(500, 'field.tooLong'),
  public: z.literal('on').optional(),
});
