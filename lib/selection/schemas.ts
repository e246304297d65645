import { z } from 'zod';
import { districtInstant } from '@/lib/district-time';
import { englishText } from '@/lib/i18n/english-field';
import { selectionModes, selectionStages } from '@/lib/enums';
import { auditedReason, confirmation } from '@/lib/action/confirm';
import { wholeNumber } from '@/lib/typed';
import { normalizeCode } from './codes';

const dateTime = z
  .string()
  .trim()
  .refine((v) => v === '' || !Number.isNaN(new Date(v).getTime()), 'field.date')
  .transform((v) => (v === '' ? null : districtInstant(v)));
const requiredDateTime = dateTime.refine((v) => v !== null, 'field.required');

export const selectionFields = z
  .object({
    year: z.coerce.number('field.number').int('field.number').min(1988, 'field.year').max(2100, 'field.year'),
    title: z.string().trim().min(1, 'field.required').max(80, 'field.tooLong'),
    rules: z.string().trim().max(5000, 'field.tooLong').default(''),
    titleEn: englishText(160),
    rulesEn: englishText(8000),
    maxChoices: wholeNumber(1, 50),
    winners: wholeNumber(1, 50),
    criteriaOpensAt: dateTime,
    nominationOpensAt: dateTime,
    votingOpensAt: requiredDateTime,
    votingClosesAt: requiredDateTime,
    // Left out by older forms and scripts: a new selection is then plain, an existing one keeps its mode.
    mode: z.enum(selectionModes).optional(),
  })
  .refine((v) => !v.votingOpensAt || !v.votingClosesAt || v.votingClosesAt > v.votingOpensAt, {
    path: ['votingClosesAt'],
    message: 'field.closeAfterOpen',
  });

export const updateSelectionSchema = z.intersection(selectionFields, z.object({ id: z.coerce.number().int().positive() }));
export const setStageSchema = z.object({
  id: z.coerce.number().int().positive(),
  direction: z.enum(['next', 'back']),
  to: z.enum(selectionStages).optional(),
  confirmed: confirmation,
});

export const moderateCriterionSchema = z.object({
  id: z.coerce.number().int().positive(),
  status: z.enum(['published', 'adopted', 'rejected']),
  // Sent by the form with the status; absent, the English version is left as it is.
  textEn: z.string().trim().max(400, 'field.tooLong').optional(),
});

export const decideNominationSchema = z
  .object({
    id: z.coerce.number().int().positive(),
    decision: z.enum(['approve', 'reject']),
    officialId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    reason: z.string().trim().max(500, 'field.tooLong').default(''),
  })
  .refine((v) => v.decision === 'approve' || v.reason.length > 0, { path: ['reason'], message: 'field.reasonRequired' });

export const revokeBatchSchema = z.object({ batchId: z.coerce.number().int().positive(), confirmed: confirmation });
export const revokeCodeSchema = z.object({
  selectionId: z.coerce.number().int().positive(),
  code: z.string().refine((v) => normalizeCode(v) !== null, 'field.codeFormat'),
  confirmed: confirmation,
});

export const issueSchema = z.object({
  selectionId: z.coerce.number().int().positive(),
  communityId: z.coerce.number('field.required').int().positive('field.required'),
  count: wholeNumber(1, 100_000),
  note: z.string().trim().max(100, 'field.tooLong').default(''),
});

// Public forms
export const proposeCriterionSchema = z.object({
  year: z.coerce.number().int(),
  text: z.string().trim().min(4, 'field.tooShort').max(200, 'field.tooLong'),
});
export const endorseSchema = z.object({ year: z.coerce.number().int(), id: z.coerce.number().int().positive() });
export const nominateSchema = z
  .object({
    year: z.coerce.number().int(),
    officialId: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    nomineeName: z.string().trim().max(40, 'field.tooLong').default(''),
    nomineeUnit: z.string().trim().max(60, 'field.tooLong').default(''),
    reason: z.string().trim().min(10, 'field.reasonShort').max(1000, 'field.tooLong'),
  })
  .refine((v) => Boolean(v.officialId) || v.nomineeName.length > 0, { path: ['nomineeName'], message: 'field.nomineeRequired' })
  .refine((v) => Boolean(v.officialId) || v.nomineeUnit.length > 0, { path: ['nomineeUnit'], message: 'field.required' });

/** The ballot as posted: the code and 1..N candidate ids. Limits are checked again in the transaction. */
const ballotYear = z.number().int().min(1988).max(2100);
// Plain choices with the code (a plain selection, or an encrypted one that the server then seals
// for the voter), or, for an encrypted selection, a ballot a kiosk or app sealed itself.
export const ballotSchema = z.union([
  z.object({
    selection: ballotYear,
    code: z.string().min(1).max(40),
    candidates: z.array(z.number().int().positive()).min(1).max(50),
  }),
  z.object({ selection: ballotYear, ballot: z.string().min(1).max(200_000) }),
]);

export const requestPublicationSchema = z.object({
  id: z.coerce.number().int().positive(),
  tieMode: z.enum(['none', 'settle', 'asIs']).default('none'),
  'chosen[]': z.array(z.coerce.number().int().positive()).default([]),
  rule: z.string().trim().max(100, 'field.tooLong').default(''),
  reason: z.string().trim().max(500, 'field.tooLong').default(''),
  confirmed: confirmation,
});
export const confirmPublicationSchema = z.object({ id: z.coerce.number().int().positive(), confirmed: confirmation });
export const endVotingEarlySchema = z.object({ id: z.coerce.number().int().positive(), reason: auditedReason, confirmed: confirmation });
export const earlyClosureRefSchema = z.object({ id: z.coerce.number().int().positive(), confirmed: confirmation });
export const commendationSchema = z.object({
  id: z.coerce.number().int().positive(),
  commendedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date'),
  commendationPlace: z.string().trim().min(1, 'field.required').max(100, 'field.tooLong'),
  commendationNotes: z.string().trim().max(1000, 'field.tooLong').default(''),
});
