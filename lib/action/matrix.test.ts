import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, officials, roles } from '@/db/schema';
import { allActions } from '@/lib/commands';
import { codeBudget } from '@/lib/one-time-code';
import { permissions, type Actor } from '@/lib/auth/permissions';
import { makeActor, requestFacts, seedDistrict, streets } from '@/tests/unit/fixtures';
import { defineCommand, runAction, type AnyActionDef } from './core';

/**
 * Every registered action × every caller (signed out, each role as a district-wide and as a
 * unit-scoped account) × a foreign origin × an exhausted limit. The rows come from the registry;
 * this table is what a reviewer signs off: a new action fails here until it has a line.
 */
const declared: Record<string, [string, 'district' | 'unit' | 'none']> = {
  'assessment.compute': ['assessment.manage', 'district'],
  'assessment.computeStream': ['assessment.manage', 'district'],
  'assessment.cycleCreate': ['assessment.manage', 'district'],
  'assessment.cycleUpdate': ['assessment.manage', 'district'],
  'assessment.indicatorRemove': ['assessment.manage', 'district'],
  'assessment.indicatorSave': ['assessment.manage', 'district'],
  'assessment.manualScore': ['assessment.manage', 'unit'],
  'assessment.outcomeRecord': ['assessment.manage', 'unit'],
  'assessment.outcomeUpdate': ['assessment.manage', 'unit'],
  'assessment.outcomeWithdraw': ['assessment.manage', 'unit'],
  'assessment.publish': ['assessment.manage', 'district'],
  'assessment.vetoItemAdd': ['assessment.manage', 'district'],
  'assessment.vetoRecord': ['assessment.manage', 'unit'],
  'auth.route': ['public', 'none'],
  'auth.signIn': ['public', 'none'],
  'auth.signOut': ['public', 'none'],
  'ballots.cast': ['public', 'none'],
  'codes.issue': ['codes.issue', 'unit'],
  'codes.revokeBatch': ['codes.issue', 'unit'],
  'codes.revokeOne': ['codes.issue', 'unit'],
  'criterion.endorse': ['public', 'none'],
  'criterion.moderate': ['selection.manage', 'district'],
  'criterion.propose': ['public', 'none'],
  'election.close': ['selection.manage', 'district'],
  'election.freeze': ['selection.manage', 'district'],
  'election.guardianUpload': ['public', 'none'],
  'election.partyState': ['public', 'none'],
  'election.reissueLink': ['selection.manage', 'district'],
  'election.setup': ['selection.manage', 'district'],
  'election.uploadCredentials': ['public', 'none'],
  'honours.import': ['selection.manage', 'district'],
  'inspection.record': ['inspections.record', 'unit'],
  'kiosk.issue': ['kiosks.manage', 'district'],
  'kiosk.revoke': ['kiosks.manage', 'district'],
  'nightTalks.record': ['nightTalks.record', 'unit'],
  'nomination.decide': ['selection.manage', 'district'],
  'nomination.submit': ['public', 'none'],
  'official.create': ['officials.write', 'unit'],
  'official.import': ['officials.import', 'unit'],
  'official.importDiscard': ['officials.import', 'none'],
  'official.rosterPreview': ['officials.import', 'none'],
  'official.setActive': ['officials.write', 'unit'],
  'official.update': ['officials.write', 'unit'],
  'projects.castBallot': ['public', 'none'],
  'projects.electionClose': ['projects.manage', 'unit'],
  'projects.electionSetup': ['projects.manage', 'unit'],
  'projects.callSave': ['projects.manage', 'unit'],
  'projects.callStage': ['projects.manage', 'unit'],
  'projects.comment': ['public', 'none'],
  'projects.complete': ['projects.progress', 'unit'],
  'projects.decide': ['projects.manage', 'unit'],
  'projects.deputyVote': ['projects.vote', 'unit'],
  'projects.milestone': ['projects.progress', 'unit'],
  'projects.moderate': ['projects.progress', 'unit'],
  'projects.progress': ['projects.progress', 'unit'],
  'projects.propose': ['projects.propose', 'unit'],
  'projects.proposalCodes': ['projects.propose', 'unit'],
  'projects.proposeWithCode': ['public', 'none'],
  'projects.rate': ['public', 'none'],
  'projects.ratingCodes': ['projects.progress', 'unit'],
  'projects.screen': ['projects.manage', 'unit'],
  'projects.settleTie': ['projects.manage', 'unit'],
  'projects.update': ['projects.progress', 'unit'],
  'ratings.compute': ['ratings.publish', 'district'],
  'ratings.publish': ['ratings.publish', 'district'],
  'recommendation.update': ['inspections.record', 'unit'],
  'requests.assign': ['requests.manage', 'unit'],
  'requests.file': ['public', 'none'],
  'requests.fileOverApi': ['public', 'none'],
  'requests.note': ['requests.manage', 'unit'],
  'requests.record': ['requests.manage', 'unit'],
  'requests.residentAnswer': ['public', 'none'],
  'requests.resolve': ['requests.manage', 'unit'],
  'requests.start': ['requests.manage', 'unit'],
  'review.createMeeting': ['reviews.manage', 'unit'],
  'review.enterCode': ['public', 'none'],
  'review.enterForms': ['reviews.manage', 'unit'],
  'review.extend': ['public', 'none'],
  'review.issueCodes': ['reviews.manage', 'unit'],
  'review.submitForm': ['public', 'none'],
  'selection.commendation': ['selection.manage', 'district'],
  'selection.create': ['selection.manage', 'district'],
  'selection.publishConfirm': ['selection.manage', 'district'],
  'selection.publishRequest': ['selection.manage', 'district'],
  'selection.stage': ['selection.manage', 'district'],
  'selection.endEarly': ['selection.manage', 'district'],
  'selection.endEarlyCancel': ['selection.manage', 'district'],
  'selection.endEarlyConfirm': ['selection.manage', 'district'],
  'selection.update': ['selection.manage', 'district'],
  'site.create': ['inspections.record', 'unit'],
  'site.setActive': ['inspections.record', 'unit'],
  'site.update': ['inspections.record', 'unit'],
  'staff.create': ['staff.write', 'unit'],
  'staff.setDisabled': ['staff.write', 'unit'],
  'staff.update': ['staff.write', 'unit'],
  'survey.assign': ['surveys.manage', 'unit'],
  'survey.call': ['surveys.enter', 'unit'],
  'survey.commit': ['surveys.manage', 'district'],
  'survey.create': ['surveys.manage', 'district'],
  'survey.draw': ['surveys.manage', 'district'],
  'survey.importRegister': ['surveys.manage', 'unit'],
  'survey.issueCodes': ['surveys.manage', 'unit'],
  'survey.openQuestionnaire': ['public', 'none'],
  'survey.reveal': ['surveys.manage', 'district'],
  'survey.status': ['surveys.manage', 'district'],
  'survey.submitQuestionnaire': ['public', 'none'],
  'survey.visit': ['surveys.enter', 'unit'],
  'unit.create': ['units.write', 'unit'],
  'unit.update': ['units.write', 'unit'],
  'vote.castDevice': ['public', 'none'],
  'vote.checkCredential': ['public', 'none'],
  'vote.confirm': ['public', 'none'],
  'vote.enterCode': ['public', 'none'],
  'vote.extend': ['public', 'none'],
  'vote.reviewChoices': ['public', 'none'],
};

const changes = () => (db().$client.prepare('select total_changes() as n').get() as { n: number }).n;
const lastAudit = () =>
  db()
    .select()
    .from(auditLog)
    .orderBy(sql`id desc`)
    .get();

let streetId: number;
beforeAll(async () => {
  await seedDistrict();
  streetId = streets()[0]!.id;
});

const refusalOf = (def: AnyActionDef, reason: string) => `${def.messages ?? 'errors'}.${reason}`;
/** With no input, an action stops at its schema, or (when it needs an earlier step) at the step. */
const stopsAt = (def: AnyActionDef) =>
  def.code?.needs === 'cookie' ? refusalOf(def, 'expired') : (def.invalidMessage ?? 'errors.invalid');

describe('the action registry', () => {
  it('has an entry here for every action, and every entry here is registered with that access and scope', () => {
    const registered = Object.fromEntries(Object.values(allActions).map((d) => [d.name, [d.permission, d.scope]]));
    expect(registered).toEqual(declared);
  });
});

describe('authorization matrix: every action × every caller × scope', () => {
  for (const def of Object.values(allActions)) {
    const allowed = def.permission === 'public' ? roles : (permissions[def.permission] as readonly string[]);

    it(`${def.name}: a foreign origin is refused before anything runs, for anyone`, async () => {
      for (const actor of [null, makeActor('admin'), makeActor('organizer')]) {
        const before = changes();
        expect(await runAction(def, requestFacts(actor, { originOk: false }), {})).toEqual({
          ok: false,
          message: refusalOf(def, 'origin'),
        });
        expect(changes()).toBe(before);
      }
    });

    it(`${def.name}: signed out — ${def.permission === 'public' ? 'public, so it goes on' : 'refused'}`, async () => {
      const before = changes();
      const result = await runAction(def, requestFacts(null), null);
      expect(result).toMatchObject({ ok: false, message: def.permission === 'public' ? stopsAt(def) : 'errors.signedOut' });
      expect(changes()).toBe(before);
    });

    for (const role of roles) {
      for (const where of ['district', 'unit'] as const) {
        const passes = allowed.includes(role) && !(def.scope === 'district' && where === 'unit');
        it(`${def.name} as ${role} (${where === 'district' ? 'district-wide' : 'one street'}): ${passes ? 'passes role and scope' : 'refused and audited'}`, async () => {
          const actor: Actor = makeActor(role, where === 'district' ? null : streetId);
          const before = changes();
          const result = await runAction(def, requestFacts(actor), null);
          if (passes) {
            expect(result).toMatchObject({ ok: false, message: stopsAt(def) });
            expect(changes()).toBe(before);
          } else {
            expect(result).toEqual({ ok: false, message: allowed.includes(role) ? 'errors.outOfScope' : 'errors.forbidden' });
            expect(changes()).toBe(before + 1);
            expect(lastAudit()).toMatchObject({
              action: `denied:${def.name}`,
              actorId: actor.id,
              after: { reason: allowed.includes(role) ? 'scope' : 'role' },
            });
          }
        });
      }
    }

    const budgets = [def.limit?.limiter, def.code ? codeBudget(def.code.kind) : null].filter((l) => l != null);
    for (const limiter of budgets) {
      it(`${def.name}: once the client has spent its ${limiter.name} budget it is refused before anything runs; another client is not`, async () => {
        const spent = requestFacts(makeActor('organizer'));
        for (let i = 0; i < limiter.points; i++) await limiter.fail(spent.client.key);
        const before = changes();
        expect(await runAction(def, spent, null)).toEqual({ ok: false, message: refusalOf(def, 'rateLimited') });
        expect(changes()).toBe(before);
        expect(await runAction(def, requestFacts(makeActor('organizer')), null)).not.toMatchObject({
          message: refusalOf(def, 'rateLimited'),
        });
      });
    }
  }
});

describe('declared scope is enforced by the pipeline', () => {
  const rename = (check: boolean) =>
    defineCommand({
      name: 'test.rename',
      scope: 'unit',
      permission: 'officials.write',
      schema: z.object({ id: z.number(), name: z.string() }),
      run: ({ id, name }, ctx) =>
        ctx.write((tx) => {
          const row = tx
            .select()
            .from(officials)
            .where(sql`${officials.id} = ${id}`)
            .get()!;
          if (check) ctx.requireScope('/');
          tx.update(officials)
            .set({ name })
            .where(sql`${officials.id} = ${row.id}`)
            .run();
          return row.id;
        }),
    });

  it("a 'unit' command whose handler forgets to check a record's unit is rolled back, not written", async () => {
    const target = db().select().from(officials).get()!;
    const result = await runAction(rename(false), requestFacts(makeActor('admin')), { id: target.id, name: '未经核对' });
    expect(result).toEqual({ ok: false, message: 'errors.unexpected' });
    expect(
      db()
        .select()
        .from(officials)
        .where(sql`${officials.id} = ${target.id}`)
        .get()!.name,
    ).toBe(target.name);
    expect(await runAction(rename(true), requestFacts(makeActor('admin')), { id: target.id, name: '核对过' })).toMatchObject({ ok: true });
  });
});
