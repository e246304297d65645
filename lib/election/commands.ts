import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { elections, selections } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { revalidateAfterCommit } from '@/lib/revalidate';
import { closeBoxSchema, freezeSchema, partyRefSchema, setupElectionSchema } from './schemas';
import { createElection, freezeSetup, reissueLink, SetupRefusal } from './setup';
import { closeBallotBox } from './tally';

function selectionOf(tx: Tx, id: number) {
  const selection = tx.select().from(selections).where(eq(selections.id, id)).get();
  if (!selection) throw new ActionError('errors.notFound');
  return selection;
}

/** The setup's refusals in the organizer's words. */
function refused<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SetupRefusal) throw new ActionError(`election.errors.${e.reason}`);
    throw e;
  }
}

/**
 * The organizer's side of an encrypted selection. Links are returned once, to the organizer who made
 * them, and stored only as hashes; the audit names the parties, never their links.
 */
export const commands = {
  setupElection: defineCommand({
    name: 'election.setup',
    scope: 'district',
    permission: 'selection.manage',
    schema: setupElectionSchema,
    run: ({ selectionId, ...input }, ctx) =>
      ctx.write((tx, audit) => {
        const selection = selectionOf(tx, selectionId);
        const { election, links } = refused(() => createElection(tx, selection, input, ctx.actor.id));
        audit({
          entity: 'election',
          entityId: election.id,
          after: {
            selectionId,
            uuid: election.uuid,
            threshold: input.threshold,
            guardians: input.guardians,
            authority: input.authorityName,
          },
        });
        return { selectionId, links };
      }),
  }),

  reissueLink: defineCommand({
    name: 'election.reissueLink',
    scope: 'district',
    permission: 'selection.manage',
    schema: partyRefSchema,
    run: ({ partyId }, ctx) =>
      ctx.write((tx, audit) => {
        const { party, token } = refused(() => reissueLink(tx, partyId));
        audit({
          entity: 'election',
          entityId: party.electionId,
          after: { linkReissued: { kind: party.kind, position: party.position, name: party.name } },
        });
        return { link: { kind: party.kind, position: party.position, name: party.name, token } };
      }),
  }),

  freezeSetup: defineCommand({
    name: 'election.freeze',
    scope: 'district',
    permission: 'selection.manage',
    schema: freezeSchema,
    run: ({ selectionId }, ctx) =>
      ctx.write((tx, audit) => {
        const selection = selectionOf(tx, selectionId);
        const election = refused(() => freezeSetup(tx, selection, now()));
        audit({ entity: 'election', entityId: election.id, after: { phase: election.phase, answers: election.answerIds } });
        // The cached /vote offers the device ballot from now on (or when voting opens).
        revalidateAfterCommit({ selection: selection.year }, { when: [selection.votingOpensAt, selection.votingClosesAt] });
        return { selectionId };
      }),
  }),

  /** EndBallots and the encrypted tally, once voting is over (also done for the guardians when they open their page). */
  closeBallotBox: defineCommand({
    name: 'election.close',
    scope: 'district',
    permission: 'selection.manage',
    schema: closeBoxSchema,
    run: async ({ selectionId }, ctx) => {
      const outcome = await closeBallotBox(db(), selectionId, now());
      if (!outcome.ok) throw new ActionError(`election.errors.${outcome.reason}`);
      ctx.write((tx, audit) => {
        const election = tx.select({ id: elections.id }).from(elections).where(eq(elections.selectionId, selectionId)).get()!;
        audit({ entity: 'election', entityId: election.id, after: { phase: 'closed', ballots: outcome.ballots } });
      });
      return { selectionId, ballots: outcome.ballots };
    },
  }),
};
