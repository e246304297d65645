import { eq } from 'drizzle-orm';
import { publications, selections } from '@/db/schema';
import { db } from '@/db';
import { ActionError, defineCommand, type ActionContext } from '@/lib/action/core';
import { recordAudit } from '@/lib/audit/record';
import { now } from '@/lib/clock';
import { countSelection, publish, type Settlement } from './publish';
import { commendationSchema, confirmPublicationSchema, requestPublicationSchema } from './schemas';
import { otherOrganizers } from './organizers';
import { effectiveStage, votingEverOpened } from './stages';
import { settleTie } from './tally';

function closedSelection(ctx: ActionContext, id: number) {
  const selection = db().select().from(selections).where(eq(selections.id, id)).get();
  if (!selection) throw new ActionError('errors.notFound');
  if (effectiveStage(selection, now()) !== 'counting') throw new ActionError('errors.notCounting');
  // A selection moved to counting before its vote opened (as older versions allowed) has no result to publish.
  if (!votingEverOpened(selection, now())) throw new ActionError('guards.errors.votingNotOpened');
  return selection;
}

export const commands = {
  requestPublication: defineCommand({
    name: 'selection.publishRequest',
    scope: 'district',
    permission: 'selection.manage',
    schema: requestPublicationSchema,
    run: (input, ctx) => {
      const selection = closedSelection(ctx, input.id);
      const { tally, problems } = countSelection(db(), selection.id);
      if (problems.length) throw new ActionError('errors.countMismatch');
      let settlement: Settlement = null;
      if (tally.tieAtCutoff) {
        if (input.tieMode === 'none') throw new ActionError('errors.tieUnsettled');
        if (input.tieMode === 'asIs') settlement = { asIs: true };
        else {
          const clear = tally.candidates.filter((c) => c.winner && !tally.tiedIds.includes(c.id)).length;
          const chosen = input['chosen[]'];
          if (!chosen.every((id) => tally.tiedIds.includes(id)) || chosen.length !== selection.winners - clear)
            throw new ActionError('errors.invalid', { chosen: ['field.tieChoice'] });
          if (!input.rule || !input.reason)
            throw new ActionError('errors.invalid', { rule: ['field.required'], reason: ['field.required'] });
          settlement = { chosen, rule: input.rule, reason: input.reason };
        }
      }
      const at = now();
      if (otherOrganizers(db(), ctx.actor.id) === 0) {
        const result = publish(db(), selection.id, settlement, { requestedBy: ctx.actor.id, confirmedBy: ctx.actor.id }, at, (tx) =>
          recordAudit(tx, ctx.actor, {
            action: 'selection.publish',
            entity: 'selection',
            entityId: selection.id,
            after: { ballots: tally.ballotsCast, settlement },
          }),
        );
        return { id: selection.id, published: true, fingerprints: result.fingerprints };
      }
      const pending = settlement && 'chosen' in settlement ? settleTie(tally, settlement.chosen) : tally;
      ctx.write((tx, audit) => {
        tx.insert(publications)
          .values({
            selectionId: selection.id,
            tally: pending,
            ballotsCounted: tally.ballotsCast,
            tieAtCutoff: tally.tieAtCutoff,
            tieRule: settlement && 'chosen' in settlement ? settlement.rule : null,
            tieReason: settlement && 'chosen' in settlement ? settlement.reason : null,
            requestedBy: ctx.actor.id,
          })
          .onConflictDoUpdate({
            target: publications.selectionId,
            set: {
              tally: pending,
              ballotsCounted: tally.ballotsCast,
              tieAtCutoff: tally.tieAtCutoff,
              requestedBy: ctx.actor.id,
              confirmedBy: null,
            },
          })
          .run();
        audit({ entity: 'selection', entityId: selection.id, after: { publicationRequested: true, settlement } });
      });
      return { id: selection.id, published: false };
    },
  }),

  confirmPublication: defineCommand({
    name: 'selection.publishConfirm',
    scope: 'district',
    permission: 'selection.manage',
    schema: confirmPublicationSchema,
    run: ({ id }, ctx) => {
      const selection = closedSelection(ctx, id);
      const pending = db().select().from(publications).where(eq(publications.selectionId, id)).get();
      if (!pending?.requestedBy || pending.publishedAt) throw new ActionError('errors.nothingToConfirm');
      if (pending.requestedBy === ctx.actor.id) throw new ActionError('errors.secondOrganizer');
      const { tally, problems } = countSelection(db(), id);
      if (problems.length) throw new ActionError('errors.countMismatch');
      const requested = pending.tally as typeof tally;
      const settlement: Settlement = tally.tieAtCutoff
        ? pending.tieRule
          ? {
              chosen: requested.candidates.filter((c) => c.winner && tally.tiedIds.includes(c.id)).map((c) => c.id),
              rule: pending.tieRule,
              reason: pending.tieReason ?? '',
            }
          : { asIs: true }
        : null;
      const result = publish(db(), id, settlement, { requestedBy: pending.requestedBy, confirmedBy: ctx.actor.id }, now(), (tx) =>
        recordAudit(tx, ctx.actor, {
          action: 'selection.publish',
          entity: 'selection',
          entityId: selection.id,
          after: { ballots: tally.ballotsCast, confirmedBy: ctx.actor.username },
        }),
      );
      return { id: selection.id, published: true, fingerprints: result.fingerprints };
    },
  }),

  recordCommendation: defineCommand({
    name: 'selection.commendation',
    scope: 'district',
    permission: 'selection.manage',
    schema: commendationSchema,
    run: ({ id, ...fields }, ctx) =>
      ctx.write((tx, audit) => {
        const row = tx.select().from(publications).where(eq(publications.selectionId, id)).get();
        if (!row?.publishedAt) throw new ActionError('errors.notPublished');
        tx.update(publications).set(fields).where(eq(publications.selectionId, id)).run();
        audit({ entity: 'selection', entityId: id, before: { commendedOn: row.commendedOn }, after: fields });
        return { id };
      }),
  }),
};
