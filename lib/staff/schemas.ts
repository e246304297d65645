import { z } from 'zod';
import { confirmation } from '@/lib/action/confirm';
import { roles } from '@/db/schema';

const unitId = z.union([z.literal(''), z.coerce.number().int().positive()]).transform((v) => (v === '' ? null : v));
const password = z.string().min(10, 'field.passwordShort').max(200, 'field.tooLong');

export const createStaffSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,32}$/, 'field.username'),
  displayName: z.string().trim().min(1, 'field.required').max(40, 'field.tooLong'),
  role: z.enum(roles, 'field.required'),
  unitId,
  password,
});

export const updateStaffSchema = z.object({
  id: z.coerce.number().int().positive(),
  displayName: z.string().trim().min(1, 'field.required').max(40, 'field.tooLong'),
  role: z.enum(roles, 'field.required'),
  unitId,
  password: z.union([z.literal(''), password]).transform((v) => (v === '' ? null : v)),
});

export const setStaffDisabledSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
    confirmed: confirmation.optional(),
  })
  // Disabling signs the person out at once: it takes the confirmation step. Enabling does not.
  .refine((v) => !v.disabled || v.confirmed === 'yes', { path: ['confirmed'], message: 'field.confirmRequired' });
