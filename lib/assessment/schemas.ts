import { z } from 'zod';
import { auditedReason, confirmation } from '@/lib/action/confirm';
import { indicatorSources, outcomeKinds } from '@/db/schema';
import { englishText } from '@/lib/i18n/english-field';

const id = z.coerce.number('field.required').int('field.required').positive('field.required');
const text = (max: number) => z.string().trim().min(1, 'field.required').max(max, 'field.tooLong');
const decimal = (min: number, max: number) => z.coerce.number('field.invalid').min(min, 'field.invalid').max(max, 'field.invalid');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'field.date');

export const cycleSchema = z
  .object({
    name: text(60),
    nameEn: englishText(120),
    year: z.coerce.number('field.year').int('field.year').min(1988, 'field.year').max(2100, 'field.year'),
    startsOn: day,
    endsOn: day,
    residentsFloor: decimal(0, 100),
    excellent: decimal(0, 100),
    competent: decimal(0, 100),
    basic: decimal(0, 100),
    excellentCapPercent: decimal(0, 100),
    copyFrom: z.union([z.literal(''), id]).optional(),
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], message: 'field.closeAfterOpen' });

export const updateCycleSchema = cycleSchema.and(z.object({ id }));

export const indicatorSchema = z
  .object({
    cycleId: id,
    id: z.union([z.literal(''), id]).optional(),
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{0,29}$/, 'field.invalid'),
    name: text(60),
    weight: decimal(0, 100),
    source: z.enum(indicatorSources, 'field.required'),
    metric: z.string().trim().max(30).default('default'),
    normalization: z.enum(['linear', 'rank', 'identity'], 'field.required'),
    min: z.union([z.literal(''), z.coerce.number('field.invalid')]).optional(),
    max: z.union([z.literal(''), z.coerce.number('field.invalid')]).optional(),
    position: z.coerce.number().int().min(0).max(99).default(0),
  })
  .refine((i) => i.normalization !== 'linear' || (typeof i.min === 'number' && typeof i.max === 'number' && i.min !== i.max), {
    path: ['max'],
    message: 'field.invalid',
  });

export const removeSchema = z.object({ id });
export const vetoItemSchema = z.object({ cycleId: id, name: text(80) });
export const vetoSchema = z.object({ vetoItemId: id, officialId: id, reason: text(500) });
export const manualScoreSchema = z.object({
  indicatorId: id,
  officialId: id,
  value: decimal(-1e6, 1e6),
  note: z.string().trim().max(500, 'field.tooLong').default(''),
});
export const computeSchema = z.object({ cycleId: id });
export const outcomeSchema = z.object({
  cycleId: id,
  officialId: id,
  kind: z.enum(outcomeKinds, 'field.required'),
  decidedOn: day,
  note: z.string().trim().max(500, 'field.tooLong').default(''),
});

export const updateOutcomeSchema = z.object({
  id,
  kind: z.enum(outcomeKinds, 'field.required'),
  decidedOn: day,
  note: z.string().trim().max(500, 'field.tooLong').default(''),
});
export const withdrawOutcomeSchema = z.object({ id, reason: auditedReason, confirmed: confirmation });

export const publicItemKinds = ['gradeDistribution', 'excellentList'] as const;
export const publishSchema = z.object({
  cycleId: id,
  'items[]': z.array(z.enum(publicItemKinds)).default([]),
  confirm: z.literal('yes', 'field.required'),
});
