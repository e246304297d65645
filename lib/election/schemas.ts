import { z } from 'zod';
import { confirmation } from '@/lib/action/confirm';
import { guardianRoles } from '@/lib/enums';
import { wholeNumber } from '@/lib/typed';
import { PARTY_TOKEN } from './tokens';

const id = z.coerce.number().int().positive();
const name = z.string().trim().max(60, 'field.tooLong');
/** At most this many guardians: each one's ceremony messages grow with n. */
export const MAX_GUARDIANS = 9;
/** Codes per community batch the credential authority makes in its browser at once. */
export const MAX_BATCH = 5000;

export const partiesShape = {
  'guardianName[]': z.array(name).max(MAX_GUARDIANS),
  'guardianRole[]': z.array(z.enum(guardianRoles)).max(MAX_GUARDIANS),
  threshold: wholeNumber(1, MAX_GUARDIANS),
  authorityName: z.string().trim().min(1, 'field.required').max(60, 'field.tooLong'),
};

type PartiesInput = z.infer<z.ZodObject<typeof partiesShape>>;
type Parties = { threshold: number; authorityName: string; guardians: { name: string; role: (typeof guardianRoles)[number] }[] };

/** Guardians (rows with an empty name are left out), k of n, and the credential authority's name. */
export const partiesOf = (v: PartiesInput): Parties => ({
  threshold: v.threshold,
  authorityName: v.authorityName,
  guardians: v['guardianName[]'].map((n, i) => ({ name: n, role: v['guardianRole[]'][i] ?? 'other' })).filter((g) => g.name !== ''),
});

/** At least one guardian, and k at most n. */
export function checkParties(v: Parties, ctx: z.RefinementCtx) {
  if (v.guardians.length < 1) ctx.addIssue({ code: 'custom', path: ['guardianName[]'], message: 'election.errors.noGuardians' });
  else if (v.threshold > v.guardians.length) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'election.errors.threshold' });
}

/** The election of an encrypted selection (a call's residents' vote has its own: lib/projects/schemas.ts). */
export const setupElectionSchema = z
  .object({ selectionId: id, ...partiesShape })
  .transform((v) => ({ selectionId: v.selectionId, ...partiesOf(v) }))
  .superRefine(checkParties);

export const partyRefSchema = z.object({ partyId: id });
export const freezeSchema = z.object({ selectionId: id, confirmed: confirmation });
export const closeBoxSchema = z.object({ selectionId: id });

const token = z.string().regex(PARTY_TOKEN, 'election.errors.badLink');
export const partyStateSchema = z.object({ token });
export const guardianUploadSchema = z.object({
  token,
  step: z.enum(['cert', 'polynomial', 'voutput', 'decryption']),
  message: z.string().min(2).max(200_000),
});
export const credentialUploadSchema = z.object({
  token,
  communityId: id,
  // One public credential per line, as Belenios' public_creds list.
  credentials: z
    .string()
    .max(MAX_BATCH * 70)
    .transform((s) =>
      s
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((l) => l.length >= 1 && l.length <= MAX_BATCH, 'election.errors.batchSize'),
});
