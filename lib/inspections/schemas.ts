import { z } from 'zod';
import { inspectionMethods, recommendationStatuses, siteKinds } from '@/db/schema';
import { isIsoDay } from '@/lib/district-time';

const id = z.coerce.number('field.required').int('field.required').positive('field.required');
const day = z.string().trim().refine(isIsoDay, 'field.date');

export const siteFields = z.object({
  name: z.string().trim().min(1, 'field.required').max(80, 'field.tooLong'),
  kind: z.enum(siteKinds, 'field.required'),
  unitId: id,
  address: z.string().trim().max(200, 'field.tooLong').default(''),
});
export const createSiteSchema = siteFields;
export const updateSiteSchema = siteFields.extend({ id });
export const setSiteActiveSchema = z.object({ id, active: z.enum(['true', 'false']).transform((v) => v === 'true') });

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(40, 'field.tooLong'));

/**
 * One inspection: the form sends parallel lists (officialIds[] with ratings[], recommendations[]);
 * blank rows are dropped before checking, so a spare empty row never blocks saving.
 */
export const recordInspectionSchema = z.object({
  siteId: id,
  'methods[]': list(z.enum(inspectionMethods)).refine((m) => m.length > 0, 'field.required'),
  startsOn: day,
  endsOn: day,
  findings: z.string().trim().min(1, 'field.required').max(4000, 'field.tooLong'),
  'officialIds[]': list(z.string().trim()),
  'ratings[]': list(z.string().trim()),
  'recommendations[]': list(z.string().trim().max(500, 'field.tooLong')),
});
export type RecordInspectionInput = z.infer<typeof recordInspectionSchema>;

export const updateRecommendationSchema = z.object({
  id,
  status: z.enum(recommendationStatuses, 'field.required'),
  followUp: z.string().trim().max(2000, 'field.tooLong').default(''),
});
