import { z } from 'zod';
import { reviewGrades } from '@/db/schema';
import { isIsoDay } from '@/lib/district-time';

const id = z.coerce.number('field.required').int('field.required').positive('field.required');

export const createMeetingSchema = z.object({
  officialId: id,
  heldOn: z.string().trim().refine(isIsoDay, 'field.date'),
  place: z.string().trim().max(120, 'field.tooLong').default(''),
  attendees: z.coerce.number('field.number').int('field.number').min(0, 'field.number').max(100_000, 'field.tooBig'),
  cycleId: z.preprocess((v) => (v === '' || v === undefined ? null : v), id.nullable()),
});

export const enterFormsSchema = z.object({
  meetingId: id,
  'cells[]': z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(8)).max(5 * 500, 'field.tooLong'),
  ),
});

export const issueCodesSchema = z.object({
  meetingId: id,
  count: z.coerce.number('field.number').int('field.number').min(1, 'field.number').max(500, 'field.tooBig'),
});

export const onlineGradesSchema = z.object({
  morality: z.enum(reviewGrades, 'field.required'),
  ability: z.enum(reviewGrades, 'field.required'),
  diligence: z.enum(reviewGrades, 'field.required'),
  achievement: z.enum(reviewGrades, 'field.required'),
  integrity: z.enum(reviewGrades, 'field.required'),
});
