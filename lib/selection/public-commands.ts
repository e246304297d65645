import { and, eq, inArray, sql } from 'drizzle-orm';

import { db } from '@/db';
import { criteria, nominations, officials, selections } from '@/db/schema';
import { ActionError, definePublicCommand } from '@/lib/action/core';
import { failureLimiter } from '@/lib/rate-limit';
import { endorseSchema, nominateSchema, proposeCriterionSchema } from './schemas';

// Residents' posts (criteria, nominations): generous for people, tight for scripts.
const posts = failureLimiter('public-post', 10, 60 * 60);
// One endorsement per criterion per client per day.
const endorsed = failureLimiter('endorse', 1, 24 * 60 * 60);

function openSelection(year: number, stages: string[]) {
  const selection = db().select().from(selections).where(eq(selections.year, year)).get();
  if (!selection || !stages.includes(selection.stage)) throw new ActionError('errors.stageClosed');
  return selection;
}

export const commands = {
  /** A resident proposes a criterion; it waits for moderation before anyone sees it. */
  proposeCriterion: definePublicCommand({
    name: 'criterion.propose',
    scope: 'none',
    limit: { limiter: posts, count: 'attempt' },
    schema: proposeCriterionSchema,
    run: (input, ctx) => {
      const selection = openSelection(input.year, ['draft', 'criteria']);
      ctx.write((tx) => tx.insert(criteria).values({ selectionId: selection.id, text: input.text }).run());
    },
  }),

  /** One endorsement per criterion per address per day. */
  endorseCriterion: definePublicCommand({
    name: 'criterion.endorse',
    scope: 'none',
    schema: endorseSchema,
    run: async ({ year, id }, ctx) => {
      const key = `${ctx.client.key}:${id}`;
      if (await endorsed.blocked(key)) throw new ActionError('errors.alreadyEndorsed');
      const selection = openSelection(year, ['draft', 'criteria']);
      const changed = ctx.write((tx) =>
        tx
          .update(criteria)
          .set({ endorsements: sql`${criteria.endorsements} + 1` })
          .where(and(eq(criteria.id, id), eq(criteria.selectionId, selection.id), inArray(criteria.status, ['published', 'adopted'])))
          .run(),
      ).changes;
      if (changed === 0) throw new ActionError('errors.notFound');
      await endorsed.fail(key);
    },
  }),

  /** A resident nominates an official (from the roster, or by name and unit) with a reason. */
  nominate: definePublicCommand({
    name: 'nomination.submit',
    scope: 'none',
    limit: { limiter: posts, count: 'attempt' },
    schema: nominateSchema,
    run: (input, ctx) => {
      const selection = openSelection(input.year, ['criteria', 'nomination']);
      const officialId = input.officialId || null;
      const official = officialId
        ? db()
            .select()
            .from(officials)
            .where(and(eq(officials.id, officialId), eq(officials.active, true)))
            .get()
        : undefined;
      if (officialId && !official) throw new ActionError('errors.invalid', { officialId: ['field.invalid'] });
      ctx.write((tx) =>
        tx
          .insert(nominations)
          .values({
            selectionId: selection.id,
            officialId,
            nomineeName: official?.name ?? input.nomineeName,
            nomineeUnit: official ? '' : input.nomineeUnit,
            reason: input.reason,
          })
          .run(),
      );
    },
  }),
};
