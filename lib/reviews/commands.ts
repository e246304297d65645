import { eq } from 'drizzle-orm';
import { assessmentCycles, officials, reviewMeetings, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { ActionError, defineCommand } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { addDays, districtDay } from '@/lib/district-time';
import { readGrid } from './grid';
import { createMeetingSchema, enterFormsSchema, issueCodesSchema } from './schemas';
import { insertCodes, insertForms } from './write';

const meetingWithPath = (tx: Tx, id: number) =>
  tx
    .select({ meeting: reviewMeetings, path: units.path, unitId: units.id })
    .from(reviewMeetings)
    .innerJoin(officials, eq(officials.id, reviewMeetings.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(eq(reviewMeetings.id, id))
    .get();

export const commands = {
  createMeeting: defineCommand({
    name: 'review.createMeeting',
    scope: 'unit',
    permission: 'reviews.manage',
    schema: createMeetingSchema,
    run: (input, { actor, write, requireScope }) =>
      write((tx, audit) => {
        const official = tx
          .select({ unitId: officials.unitId, path: units.path })
          .from(officials)
          .innerJoin(units, eq(units.id, officials.unitId))
          .where(eq(officials.id, input.officialId))
          .get();
        if (!official) throw new ActionError('errors.invalid', { officialId: ['field.required'] });
        requireScope(official.path);
        // Meetings are planned ahead (codes are printed before), but not more than a year ahead.
        if (input.heldOn > addDays(districtDay(now()), 366)) throw new ActionError('errors.invalid', { heldOn: ['field.date'] });
        if (
          input.cycleId !== null &&
          !tx.select({ id: assessmentCycles.id }).from(assessmentCycles).where(eq(assessmentCycles.id, input.cycleId)).get()
        )
          throw new ActionError('errors.invalid', { cycleId: ['field.invalid'] });
        const row = tx
          .insert(reviewMeetings)
          .values({ ...input, createdBy: actor.id })
          .returning()
          .get();
        audit({ entity: 'reviewMeeting', entityId: row.id, unitId: official.unitId, after: row });
        return { id: row.id };
      }),
  }),
  /** A batch of paper forms from the grid: all saved in one transaction, or none with every bad cell named. */
  enterForms: defineCommand({
    name: 'review.enterForms',
    scope: 'unit',
    permission: 'reviews.manage',
    schema: enterFormsSchema,
    run: ({ meetingId, 'cells[]': cells }, { actor, write, requireScope }) =>
      write((tx, audit) => {
        const found = meetingWithPath(tx, meetingId);
        if (!found) throw new ActionError('errors.notFound');
        requireScope(found.path);
        const { forms, errors } = readGrid(cells);
        if (errors.length) return { saved: 0, errors };
        if (forms.length === 0) throw new ActionError('reviews.problems.emptyGrid');
        insertForms(tx, meetingId, forms, 'paper', actor.id);
        audit({ entity: 'reviewMeeting', entityId: meetingId, unitId: found.unitId, after: { paperForms: forms.length } });
        return { saved: forms.length, errors: [] };
      }),
  }),
  /** The plain codes are returned once, to be printed; the database keeps only their hashes. */
  issueCodes: defineCommand({
    name: 'review.issueCodes',
    scope: 'unit',
    permission: 'reviews.manage',
    schema: issueCodesSchema,
    run: ({ meetingId, count }, { write, requireScope }) =>
      write((tx, audit) => {
        const found = meetingWithPath(tx, meetingId);
        if (!found) throw new ActionError('errors.notFound');
        requireScope(found.path);
        const codes = insertCodes(tx, meetingId, count);
        audit({ entity: 'reviewMeeting', entityId: meetingId, unitId: found.unitId, after: { codesIssued: count } });
        return { codes };
      }),
  }),
};
