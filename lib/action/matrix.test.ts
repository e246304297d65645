import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, roles } from '@/db/schema';
import { allCommands } from '@/lib/commands';
import { permissions } from '@/lib/auth/permissions';
import { makeActor, seedDistrict } from '@/tests/unit/fixtures';
import { runAction } from './core';

const auditCount = () =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(auditLog)
    .get()!.n;

beforeAll(seedDistrict);

describe('authorization matrix: every staff command × every role', () => {
  const names = Object.keys(allCommands);

  it('covers every command the app defines', () => {
    expect(names.sort()).toEqual(
      [
        'assessment.compute',
        'assessment.cycleCreate',
        'assessment.cycleUpdate',
        'assessment.indicatorRemove',
        'assessment.indicatorSave',
        'assessment.manualScore',
        'assessment.outcomeRecord',
        'assessment.outcomeUpdate',
        'assessment.outcomeWithdraw',
        'assessment.publish',
        'assessment.vetoItemAdd',
        'assessment.vetoRecord',
        'codes.revokeBatch',
        'codes.revokeOne',
        'criterion.moderate',
        'honours.import',
        'nightTalks.record',
        'inspection.record',
        'recommendation.update',
        'review.createMeeting',
        'review.enterForms',
        'review.issueCodes',
        'site.create',
        'site.setActive',
        'site.update',
        'nomination.decide',
        'official.create',
        'official.import',
        'official.importDiscard',
        'official.setActive',
        'official.update',
        'requests.assign',
        'requests.note',
        'requests.record',
        'requests.resolve',
        'requests.start',
        'selection.commendation',
        'selection.create',
        'selection.publishConfirm',
        'selection.publishRequest',
        'selection.stage',
        'selection.update',
        'staff.create',
        'staff.setDisabled',
        'staff.update',
        'unit.create',
        'unit.update',
        'survey.create',
        'survey.assign',
        'survey.commit',
        'survey.draw',
        'survey.reveal',
        'survey.status',
        'survey.importRegister',
        'survey.issueCodes',
        'survey.call',
        'survey.visit',
        'ratings.compute',
        'ratings.publish',
        'projects.callSave',
        'projects.callStage',
        'projects.proposalCodes',
        'projects.propose',
        'projects.screen',
        'projects.deputyVote',
        'projects.decide',
        'projects.settleTie',
        'projects.update',
        'projects.milestone',
        'projects.progress',
        'projects.complete',
        'projects.ratingCodes',
        'projects.moderate',
      ].sort(),
    );
  });

  for (const name of names) {
    const def = allCommands[name]!;
    const allowed = permissions[def.permission] as readonly string[];

    it(`${name}: signed out and foreign origin are refused before anything runs`, async () => {
      const before = auditCount();
      expect(await runAction(def, { actor: null, originOk: true }, {})).toMatchObject({ ok: false, message: 'errors.signedOut' });
      const admin = makeActor('admin');
      expect(await runAction(def, { actor: admin, originOk: false }, {})).toMatchObject({ ok: false, message: 'errors.origin' });
      expect(auditCount()).toBe(before);
    });

    for (const role of roles) {
      it(`${name} as ${role}: ${allowed.includes(role) ? 'passes the role check' : 'forbidden and audited'}`, async () => {
        const actor = makeActor(role);
        const before = auditCount();
        const result = await runAction(def, { actor, originOk: true }, {});
        if (allowed.includes(role)) {
          // Empty input: the role passes and the schema refuses, so nothing is written.
          expect(result).toMatchObject({ ok: false, message: 'errors.invalid' });
          expect(auditCount()).toBe(before);
        } else {
          expect(result).toMatchObject({ ok: false, message: 'errors.forbidden' });
          const denied = db()
            .select()
            .from(auditLog)
            .orderBy(sql`id desc`)
            .get()!;
          expect(denied).toMatchObject({ action: `denied:${name}`, actorId: actor.id });
        }
      });
    }
  }
});
