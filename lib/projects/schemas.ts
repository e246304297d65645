import { z } from 'zod';
import { checkParties, partiesOf, partiesShape } from '@/lib/election/schemas';
import { callModes, deputyChoices, proposalStatuses } from '@/db/schema';
import { isIsoDay } from '@/lib/district-time';

export const id = z.coerce.number('field.required').int('field.required').positive('field.required');
const optionalId = z.preprocess((v) => (v === '' || v == null ? undefined : v), id.optional());
const text = (min: number, max: number) =>
  z
    .string('field.required')
    .trim()
    .min(min, min > 1 ? 'field.tooShort' : 'field.required')
    .max(max, 'field.tooLong');
export const day = z.string('field.required').trim().refine(isIsoDay, 'field.date');
const optionalDay = z.preprocess((v) => (v === '' || v == null ? undefined : v), day.optional());

/** Amounts are typed in 万元 (ten thousand yuan), to two decimals, and kept in whole yuan. */
export const wan = z.coerce
  .number('field.number')
  .positive('field.number')
  .max(1_000_000, 'field.tooBig')
  .transform((v) => Math.round(v * 10_000));
const optionalWan = z.preprocess((v) => (v === '' || v == null ? undefined : v), wan.optional());

/** Forms send a list as `name[]` (see formToObject); the schema reads it as `name`. */
const unbracket = (raw: unknown) =>
  raw && typeof raw === 'object'
    ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.endsWith('[]') ? k.slice(0, -2) : k, v]))
    : raw;
/** A list of ids, however many of the field were sent (none, one, several). */
const ids = (max: number) =>
  z.preprocess((v) => (Array.isArray(v) ? v : v == null || v === '' ? [] : [v]), z.array(id).max(max, 'field.tooBig'));

export const callSchema = z.object({
  id: optionalId,
  year: z.coerce.number('field.year').int('field.year').min(2000, 'field.year').max(2100, 'field.year'),
  unitId: id,
  title: text(2, 80),
  intro: z.string().trim().max(2000, 'field.tooLong').default(''),
  budget: wan,
  mode: z.enum(callModes, 'field.required'),
  maxChoices: z.coerce.number('field.number').int('field.number').min(1, 'field.number').max(20, 'field.tooBig'),
  proposalsCloseOn: optionalDay,
});

export const stageSchema = z.object({ id, to: z.enum(['proposals', 'screening', 'voting'], 'field.required') });

export const proposalFields = {
  title: text(4, 60),
  place: z.string().trim().max(80, 'field.tooLong').default(''),
  problem: text(10, 1000),
  roughCost: optionalWan,
};

/** A proposal a staff member or deputy enters: from a community office, a community committee, or a deputy. */
export const staffProposalSchema = z.object({
  callId: id,
  communityId: id,
  source: z.enum(['community_office', 'committee', 'deputy'], 'field.required'),
  proposerName: z.string().trim().max(40, 'field.tooLong').default(''),
  ...proposalFields,
});

/** A resident's proposal: the one-time code says which call and community it is for. */
export const residentProposalSchema = z.object({ code: z.string('field.required').max(40, 'field.invalid'), ...proposalFields });

export const screenSchema = z.object({
  id,
  status: z.enum(proposalStatuses.filter((s) => s !== 'pending') as [string, ...string[]], 'field.required'),
  reason: text(4, 500),
  estimatedCost: optionalWan,
  responsibleUnitId: optionalId,
  mergedIntoId: optionalId,
});

export const codesSchema = z.object({
  callId: id,
  communityId: id,
  count: z.coerce.number('field.number').int('field.number').min(1, 'field.number').max(2000, 'field.tooBig'),
});

/** A deputy's votes: fields p<proposal id> = for | against; those left blank are not voted on yet. */
export const deputyVoteSchema = z.looseObject({ callId: id }).transform((input, ctx) => {
  const votes: { proposalId: number; choice: (typeof deputyChoices)[number] }[] = [];
  for (const [key, value] of Object.entries(input)) {
    const m = /^p(\d{1,9})$/.exec(key);
    if (!m || value === '' || value == null) continue;
    if (value !== 'for' && value !== 'against') ctx.addIssue({ code: 'custom', path: [key], message: 'field.invalid' });
    else votes.push({ proposalId: Number(m[1]), choice: value });
  }
  if (votes.length === 0) ctx.addIssue({ code: 'custom', path: ['_'], message: 'field.required' });
  return { callId: input.callId, votes };
});

export const settleSchema = z.preprocess(
  unbracket,
  z.object({
    callId: id,
    votes: z.coerce.number('field.number').int('field.number').min(1, 'field.number'),
    chosen: ids(50),
    reason: text(4, 500),
  }),
);

export const projectSchema = z.preprocess(
  unbracket,
  z.object({
    id,
    summary: z.string().trim().max(2000, 'field.tooLong').default(''),
    budget: wan,
    startsOn: day,
    plannedEndOn: day,
    officials: ids(10),
    places: ids(30),
  }),
);

export const milestoneSchema = z.object({
  projectId: id,
  id: optionalId,
  title: text(2, 80),
  plannedOn: day,
  actualOn: optionalDay,
});

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const progressSchema = z.object({
  projectId: id,
  body: text(4, 2000),
  progress: z.preprocess(
    (v) => (v === '' || v == null ? undefined : v),
    z.coerce.number('field.number').int('field.number').min(0, 'field.number').max(100, 'field.tooBig').optional(),
  ),
  caption: z.string().trim().max(120, 'field.tooLong').default(''),
  photo: z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File).optional()),
});

export const completeSchema = z.object({
  projectId: id,
  completedOn: day,
  note: text(4, 1000),
  ratingClosesOn: day,
});

export const ratingCodesSchema = z.object({ projectId: id, communityId: id });

export const moderateSchema = z.object({ id, status: z.enum(['shown', 'hidden'], 'field.required') });

export const commentSchema = z.object({
  projectId: id,
  body: text(4, 1000),
  name: z.string().trim().max(20, 'field.tooLong').default(''),
});

export const ratingSchema = z.object({
  projectId: id,
  code: z.string('field.required').max(40, 'field.invalid'),
  score: z.coerce.number('field.required').int('field.required').min(1, 'field.required').max(5, 'field.required'),
});

/** The residents' ballot as the form sends it: the call and the chosen proposals (`choice[]`). */
/** The residents' ballot: sealed on the device, or the code and plain choices for the server to seal. */
export const castBallotSchema = z.union([
  z.object({ callId: id, ballot: z.string().min(2).max(200_000) }),
  z.preprocess(unbracket, z.object({ callId: id, code: z.string().max(80), choice: ids(50) })),
]);
export const callElectionSchema = z
  .object({ callId: id, ...partiesShape })
  .transform((v) => ({ callId: v.callId, ...partiesOf(v) }))
  .superRefine(checkParties);
