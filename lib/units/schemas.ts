import { z } from 'zod';
import { unitKinds } from '@/db/schema';
import { englishText } from '@/lib/i18n/english-field';
import { wholeNumber } from '@/lib/typed';

const name = z.string().trim().min(1, 'field.required').max(60, 'field.tooLong');
// Left empty (the form sends '' or, through the pipeline, nothing at all): not known, stored as null.
const households = z
  .union([z.literal(''), wholeNumber(0, 200_000)])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

export const createUnitSchema = z.object({
  parentId: z.coerce.number('field.required').int().positive('field.required'),
  kind: z.enum(unitKinds, 'field.invalid'),
  name,
  nameEn: englishText(120),
  households,
});

export const updateUnitSchema = z.object({
  id: z.coerce.number().int().positive(),
  name,
  nameEn: englishText(120),
  households,
});

/** The tree has fixed levels: a street sits under the district, a community under a street. */
export const parentKindOf = { district: null, street: 'district', community: 'street' } as const;
