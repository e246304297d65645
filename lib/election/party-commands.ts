import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { selections } from '@/db/schema';
import { ActionError, definePublicCommand, type PublicContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { failureLimiter } from '@/lib/rate-limit';
import { votingState } from '@/lib/selection/stages';
import { partyState } from './party-state';
import { credentialUploadSchema, guardianUploadSchema, partyStateSchema } from './schemas';
import { recordCeremonyStep, uploadCredentials } from './setup';
import { partyByToken } from './store';
import { closeBallotBox, submitPartialDecryption } from './tally';

// Links carry 192 random bits; the budget only stops a script from hammering the lookup.
const badLinks = failureLimiter('party-link', 30, 15 * 60);

async function partyOf(token: string, ctx: PublicContext, kind: 'guardian' | 'authority' | null) {
  if (await badLinks.blocked(ctx.client.key)) throw new ActionError('errors.rateLimited');
  const found = partyByToken(db(), token);
  if (!found) {
    await badLinks.fail(ctx.client.key);
    throw new ActionError('election.errors.badLink');
  }
  if (kind && found.party.kind !== kind) throw new ActionError('election.errors.badLink');
  return found;
}

/** Voting over by the clock: the first guardian to open their page has the encrypted tally made. */
async function closeIfOver(selectionId: number) {
  const selection = db().select().from(selections).where(eq(selections.id, selectionId)).get()!;
  if (votingState(selection, now()) === 'closed') await closeBallotBox(db(), selectionId, now());
}

/**
 * What the guardians and the credential authority do through their one-time links. The link's token
 * arrives in the body (the page reads it from the URL fragment), never in a URL the server logs.
 */
export const commands = {
  partyState: definePublicCommand({
    name: 'election.partyState',
    scope: 'none',
    schema: partyStateSchema,
    run: async ({ token }, ctx) => {
      let { party, election } = await partyOf(token, ctx, null);
      // A call's ballot box is closed by its organizer (a call has no closing time of its own).
      if (party.kind === 'guardian' && election.phase === 'frozen' && election.selectionId !== null) {
        await closeIfOver(election.selectionId);
        ({ party, election } = partyByToken(db(), token)!);
      }
      return partyState(db(), party, election);
    },
  }),

  guardianUpload: definePublicCommand({
    name: 'election.guardianUpload',
    scope: 'none',
    schema: guardianUploadSchema,
    run: async ({ token, step, message }, ctx) => {
      const { party, election } = await partyOf(token, ctx, 'guardian');
      if (step === 'decryption') {
        const outcome = submitPartialDecryption(db(), party.id, message);
        if (!outcome.ok) throw new ActionError(`election.errors.upload.${outcome.reason}`);
        ctx.write((_tx, audit) =>
          audit({ entity: 'election', entityId: election.id, after: { guardian: party.position, step, decrypted: outcome.decrypted } }),
        );
        return { step, decrypted: outcome.decrypted };
      }
      return ctx.write((tx, audit) => {
        const check = recordCeremonyStep(tx, election.id, party.position, step, message);
        if (!check.ok) throw new ActionError(`election.errors.upload.${check.reason}`);
        audit({ entity: 'election', entityId: election.id, after: { guardian: party.position, step } });
        return { step, decrypted: false };
      });
    },
  }),

  uploadCredentials: definePublicCommand({
    name: 'election.uploadCredentials',
    scope: 'none',
    schema: credentialUploadSchema,
    run: async ({ token, communityId, credentials }, ctx) => {
      const { party, election } = await partyOf(token, ctx, 'authority');
      return ctx.write((tx, audit) => {
        const outcome = uploadCredentials(tx, election, party.name, communityId, credentials);
        if (!outcome.ok) throw new ActionError(`election.errors.credentials.${outcome.reason}`);
        audit({
          entity: 'code_batch',
          entityId: outcome.batchId,
          unitId: communityId,
          after: { issued: outcome.count, by: 'credentialAuthority' },
        });
        return { batchId: outcome.batchId, count: outcome.count };
      });
    },
  }),
};
