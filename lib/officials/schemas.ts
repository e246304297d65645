import { z } from 'zod';
import { grades } from '@/db/schema';
import { englishText } from '@/lib/i18n/english-field';

export const officialFields = z.object({
  unitId: z.coerce.number('field.required').int('field.required').positive('field.required'),
  name: z.string().trim().min(1, 'field.required').max(40, 'field.tooLong'),
  position: z.string().trim().min(1, 'field.required').max(60, 'field.tooLong'),
  positionEn: englishText(120),
  grade: z.enum(grades, 'field.required'),
  bio: z.string().trim().max(2000, 'field.tooLong').default(''),
  photoUrl: z
    .string()
    .trim()
    .max(500, 'field.tooLong')
    .refine((v) => v === '' || /^(https:\/\/|\/)[^\s"'<>]+$/.test(v), 'field.url')
    .transform((v) => (v === '' ? null : v))
    .optional(),
});

export const createOfficialSchema = officialFields;
export const updateOfficialSchema = officialFields.extend({ id: z.coerce.number().int().positive() });
export const setOfficialActiveSchema = z.object({
  id: z.coerce.number().int().positive(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
