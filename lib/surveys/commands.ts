import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { englishText } from '@/lib/i18n/english-field';
import { staff, surveyorAssignments, surveys, surveyTemplates, units } from '@/db/schema';
import { ActionError, defineCommand } from '@/lib/action/core';
import { confirmation } from '@/lib/action/confirm';
import { now } from '@/lib/clock';
import { commitSeed, drawSample, getSurveyIn, revealSeed, SEED_MIN_LENGTH } from './draw';
import { standardTemplate } from './template';

const id = z.coerce.number('field.required').int('field.number').positive('field.required');
const surveyRef = z.object({ surveyId: id });
const seedField = z.string('field.required').trim().min(SEED_MIN_LENGTH, 'field.tooShort').max(200, 'field.tooLong');

export const commands = {
  createSurvey: defineCommand({
    name: 'survey.create',
    scope: 'district',
    permission: 'surveys.manage',
    schema: z.object({
      name: z.string('field.required').trim().min(2, 'field.required').max(100, 'field.tooLong'),
      nameEn: englishText(160),
      year: z.coerce.number('field.year').int('field.year').min(1988, 'field.year').max(2100, 'field.year'),
      samplePercent: z.coerce.number('field.number').min(0.1, 'field.invalid').max(100, 'field.tooBig').default(10),
      targetResponsePercent: z.coerce.number('field.number').min(0, 'field.invalid').max(100, 'field.tooBig').default(60),
    }),
    run: (input, ctx) => {
      return ctx.write((tx, audit) => {
        const template =
          tx.select().from(surveyTemplates).orderBy(surveyTemplates.id).get() ??
          tx.insert(surveyTemplates).values(standardTemplate).returning().get();
        const survey = tx
          .insert(surveys)
          .values({ ...input, templateId: template.id })
          .returning()
          .get();
        audit({ entity: 'survey', entityId: survey.id, after: input });
        return { id: survey.id };
      });
    },
  }),
  assignSurveyor: defineCommand({
    name: 'survey.assign',
    scope: 'unit',
    permission: 'surveys.manage',
    schema: z.object({ surveyId: id, communityId: id, staffId: id }),
    run: ({ surveyId, communityId, staffId }, ctx) =>
      ctx.write((tx, audit) => {
        getSurveyIn(tx, surveyId);
        const community = tx
          .select()
          .from(units)
          .where(and(eq(units.id, communityId), eq(units.kind, 'community')))
          .get();
        if (!community) throw new ActionError('errors.notFound');
        ctx.requireScope(community.path);
        const surveyor = tx.select().from(staff).where(eq(staff.id, staffId)).get();
        if (!surveyor || surveyor.role !== 'surveyor' || surveyor.disabled) throw new ActionError('surveys.errors.notSurveyor');
        tx.insert(surveyorAssignments).values({ surveyId, communityId, staffId }).onConflictDoNothing().run();
        audit({ entity: 'survey', entityId: surveyId, unitId: communityId, after: { surveyor: surveyor.username } });
        return {};
      }),
  }),
  commitSeed: defineCommand({
    name: 'survey.commit',
    scope: 'district',
    permission: 'surveys.manage',
    schema: z.object({ surveyId: id, seed: seedField }),
    run: ({ surveyId, seed }, ctx) => {
      return ctx.write((tx, audit) => {
        const survey = commitSeed(tx, surveyId, seed, now());
        // The seed itself is never written anywhere before the draw, not even in the audit log.
        audit({ entity: 'survey', entityId: surveyId, after: { seedHash: survey.seedHash } });
        return { seedHash: survey.seedHash };
      });
    },
  }),
  drawSample: defineCommand({
    name: 'survey.draw',
    scope: 'district',
    permission: 'surveys.manage',
    schema: z.object({ surveyId: id, seed: seedField }),
    run: ({ surveyId, seed }, ctx) => {
      return ctx.write((tx, audit) => {
        const drawn = drawSample(tx, surveyId, seed, now());
        audit({ entity: 'survey', entityId: surveyId, after: drawn });
        return drawn;
      });
    },
  }),
  revealSeed: defineCommand({
    name: 'survey.reveal',
    scope: 'district',
    permission: 'surveys.manage',
    schema: surveyRef.extend({ confirmed: confirmation }),
    run: ({ surveyId }, ctx) => {
      return ctx.write((tx, audit) => {
        revealSeed(tx, surveyId, now());
        audit({ entity: 'survey', entityId: surveyId });
        return { surveyId };
      });
    },
  }),
  setStatus: defineCommand({
    name: 'survey.status',
    scope: 'district',
    permission: 'surveys.manage',
    schema: z
      .object({ surveyId: id, status: z.enum(['open', 'closed'], 'field.invalid'), confirmed: confirmation.optional() })
      // Closing ends the responses for good: it takes the confirmation step. Opening does not.
      .refine((v) => v.status === 'open' || v.confirmed === 'yes', { path: ['confirmed'], message: 'field.confirmRequired' }),
    run: ({ surveyId, status }, ctx) => {
      return ctx.write((tx, audit) => {
        const survey = getSurveyIn(tx, surveyId);
        const from = status === 'open' ? 'drawn' : 'open';
        if (survey.status !== from) throw new ActionError('surveys.errors.badStatus');
        tx.update(surveys).set({ status }).where(eq(surveys.id, surveyId)).run();
        audit({ entity: 'survey', entityId: surveyId, before: { status: from }, after: { status } });
        return { surveyId };
      });
    },
  }),
};
