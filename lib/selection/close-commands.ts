import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { earlyClosures, elections, selections, type Selection } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand, type StaffContext } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { closeBallotBox } from '@/lib/election/tally';
import { revalidateAfterCommit } from '@/lib/revalidate';
import { selectionOf } from './commands';
import { otherOrganizers } from './organizers';
import { earlyClosureRefSchema, endVotingEarlySchema } from './schemas';
import { votingState } from './stages';

/** Voting stops now: the selection's closing time becomes this moment, so every page and cast sees it closed. */
function closeNow(tx: Tx, selection: Selection, at: Date, confirmedBy: number) {
  tx.update(selections).set({ stage: 'counting', votingClosesAt: at }).where(eq(selections.id, selection.id)).run();
  tx.update(earlyClosures).set({ confirmedBy, closedAt: at }).where(eq(earlyClosures.selectionId, selection.id)).run();
  revalidateAfterCommit({ selection: selection.year });
}

/**
 * An encrypted selection's ballot box closes with its vote: EndBallots and the encrypted tally are
 * written at once, so the public record shows the end too and the guardians can decrypt. Casts are
 * already refused by the stage; should this fail, the organizer's "close the box" still does it.
 */
async function closeBoxToo(ctx: StaffContext, selectionId: number): Promise<{ boxClosed?: boolean }> {
  const selection = db().select({ mode: selections.mode }).from(selections).where(eq(selections.id, selectionId)).get();
  if (selection?.mode !== 'encrypted') return {};
  const outcome = await closeBallotBox(db(), selectionId, now());
  if (!outcome.ok) return { boxClosed: false };
  ctx.write((tx, audit) => {
    const election = tx.select({ id: elections.id }).from(elections).where(eq(elections.selectionId, selectionId)).get()!;
    audit({ entity: 'election', entityId: election.id, after: { phase: 'closed', ballots: outcome.ballots, endedEarly: true } });
  });
  return { boxClosed: true };
}

function openSelection(tx: Tx, id: number, at: Date) {
  const selection = selectionOf(tx, id);
  if (votingState(selection, at) !== 'open') throw new ActionError('guards.errors.notVoting');
  return selection;
}

function pendingClosure(tx: Tx, id: number) {
  const pending = tx.select().from(earlyClosures).where(eq(earlyClosures.selectionId, id)).get();
  if (!pending || pending.closedAt) throw new ActionError('guards.errors.noEarlyEndPending');
  return pending;
}

/**
 * Ending a vote before its closing time is its own act, never a stage button: it needs a reason, is
 * audited, and takes a second district organizer's confirmation whenever the district has one.
 */
export const commands = {
  endVotingEarly: defineCommand({
    name: 'selection.endEarly',
    scope: 'district',
    permission: 'selection.manage',
    schema: endVotingEarlySchema,
    run: async ({ id, reason }, ctx) => {
      const ended = ctx.write((tx, audit) => {
        const at = now();
        const selection = openSelection(tx, id, at);
        if (tx.select().from(earlyClosures).where(eq(earlyClosures.selectionId, id)).get())
          throw new ActionError('guards.errors.earlyEndPending');
        tx.insert(earlyClosures)
          .values({ selectionId: id, reason, plannedClosesAt: selection.votingClosesAt, requestedBy: ctx.actor.id, requestedAt: at })
          .run();
        const planned = selection.votingClosesAt.toISOString();
        if (otherOrganizers(tx, ctx.actor.id) > 0) {
          audit({ entity: 'selection', entityId: id, after: { endEarlyRequested: true, reason, plannedClosesAt: planned } });
          return { id, closed: false };
        }
        closeNow(tx, selection, at, ctx.actor.id);
        audit({
          entity: 'selection',
          entityId: id,
          before: { stage: 'voting', votingClosesAt: planned },
          after: { stage: 'counting', votingClosesAt: at.toISOString(), reason },
        });
        return { id, closed: true };
      });
      return ended.closed ? { ...ended, ...(await closeBoxToo(ctx, id)) } : ended;
    },
  }),

  confirmEndVotingEarly: defineCommand({
    name: 'selection.endEarlyConfirm',
    scope: 'district',
    permission: 'selection.manage',
    schema: earlyClosureRefSchema,
    run: async ({ id }, ctx) => {
      const ended = ctx.write((tx, audit) => {
        const at = now();
        const pending = pendingClosure(tx, id);
        if (pending.requestedBy === ctx.actor.id) throw new ActionError('guards.errors.secondOrganizerEnd');
        const selection = openSelection(tx, id, at);
        closeNow(tx, selection, at, ctx.actor.id);
        audit({
          entity: 'selection',
          entityId: id,
          before: { stage: 'voting', votingClosesAt: selection.votingClosesAt.toISOString() },
          after: { stage: 'counting', votingClosesAt: at.toISOString(), reason: pending.reason, requestedBy: pending.requestedBy },
        });
        return { id, closed: true };
      });
      return { ...ended, ...(await closeBoxToo(ctx, id)) };
    },
  }),

  /** Either organizer may withdraw a request that is still pending; the vote goes on to its closing time. */
  cancelEndVotingEarly: defineCommand({
    name: 'selection.endEarlyCancel',
    scope: 'district',
    permission: 'selection.manage',
    schema: earlyClosureRefSchema,
    run: ({ id }, ctx) =>
      ctx.write((tx, audit) => {
        const pending = pendingClosure(tx, id);
        tx.delete(earlyClosures).where(eq(earlyClosures.selectionId, id)).run();
        audit({ entity: 'selection', entityId: id, before: { endEarlyRequested: true, reason: pending.reason }, after: null });
        return { id, closed: false };
      }),
  }),
};
