import { and, eq, inArray } from 'drizzle-orm';
import { nightTalkOfficials, nightTalks, officials, requestCategories, units } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { inScope } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { fileRequest } from '@/lib/requests/ledger';
import { recordNightTalkSchema } from './schemas';

const YEAR = 366 * 86_400_000;

export const commands = {
  /** A visit and the requests heard on it, in one transaction: a doorstep form either saves whole or not at all. */
  recordNightTalk: defineCommand({
    name: 'nightTalks.record',
    scope: 'unit',
    permission: 'nightTalks.record',
    schema: recordNightTalkSchema,
    run: (input, { actor, write, requireScope }) =>
      write((tx, audit) => {
        const at = now();
        const community = tx.select().from(units).where(eq(units.id, input.communityId)).get();
        if (community?.kind !== 'community') throw new ActionError('errors.invalid', { communityId: ['field.invalid'] });
        requireScope(community.path);
        if (input.heldOn > districtDay(at) || input.heldOn < districtDay(new Date(at.getTime() - YEAR)))
          throw new ActionError('errors.invalid', { heldOn: ['field.date'] });
        const ids = [...new Set(input.officialIds)];
        const present = tx
          .select({ id: officials.id, path: units.path })
          .from(officials)
          .innerJoin(units, eq(units.id, officials.unitId))
          .where(and(inArray(officials.id, ids), eq(officials.active, true)))
          .all();
        // Officials of the community or the units above it, and only those the recorder answers for.
        const valid = present.filter((o) => community.path.startsWith(o.path) && inScope(actor, o.path));
        if (valid.length !== ids.length) throw new ActionError('errors.invalid', { officialIds: ['field.invalid'] });
        const categories = new Map(
          tx
            .select()
            .from(requestCategories)
            .where(eq(requestCategories.active, true))
            .all()
            .map((c) => [c.code, c.id]),
        );
        const badRow = input.requests.findIndex((r) => !categories.has(r.category));
        if (badRow >= 0) throw new ActionError('errors.invalid', { [`requests.${badRow}.category`]: ['field.invalid'] });

        const talk = tx
          .insert(nightTalks)
          .values({
            heldOn: input.heldOn,
            communityId: community.id,
            place: input.place,
            residentsMet: input.residentsMet,
            notes: input.notes,
            recordedBy: actor.id,
            createdAt: at,
          })
          .returning()
          .get();
        tx.insert(nightTalkOfficials)
          .values(ids.map((officialId) => ({ nightTalkId: talk.id, officialId })))
          .run();
        const filed = input.requests.map((r) =>
          fileRequest(
            tx,
            { ...r, categoryId: categories.get(r.category)!, communityId: community.id, channel: 'night_talk', nightTalkId: talk.id },
            at,
            actor.id,
          ),
        );
        audit({
          entity: 'nightTalk',
          entityId: talk.id,
          unitId: community.id,
          after: { heldOn: talk.heldOn, officialIds: ids, residentsMet: talk.residentsMet, requests: filed.map((f) => f.number) },
        });
        // The keys are shown once, to be written on a slip for each resident.
        return { id: talk.id, requests: filed.map(({ number, key }) => ({ number, key })) };
      }),
  }),
};
