import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { runAction, type AnyActionDef } from '@/lib/action/core';
import type { Actor } from '@/lib/auth/permissions';
import { communitiesOf, makeActor, requestFacts, seedDistrict, streets } from '@/tests/unit/fixtures';
import { commands as projectCommands } from './project-commands';
import { commands as supervisionCommands } from './supervision-commands';
import { commands as callCommands } from './call-commands';
import { getStaffCall, listStaffCalls } from './staff-queries';

let project: s.Project;
let commentId: number;
let outsider: Actor;

beforeAll(async () => {
  await seedDistrict();
  const [a, b] = streets();
  const community = communitiesOf(a!.id)[0]!;
  const call = db()
    .insert(s.projectCalls)
    .values({ year: 2033, unitId: a!.id, title: '范围测试', budget: 1, mode: 'deputies', stage: 'decided' })
    .returning()
    .get();
  project = db()
    .insert(s.projects)
    .values({
      callId: call.id,
      title: '春晖的项目',
      communityId: community.id,
      responsibleUnitId: a!.id,
      budget: 100,
      status: 'completed',
      startsOn: '2026-01-01',
      plannedEndOn: '2026-06-30',
      completedOn: '2026-06-01',
    })
    .returning()
    .get();
  db().insert(s.projectPlaces).values({ projectId: project.id, communityId: community.id }).run();
  db().insert(s.households).values({ communityId: community.id, idHash: 'scope-1' }).run();
  commentId = db().insert(s.projectComments).values({ projectId: project.id, body: '一条留言' }).returning().get().id;
  outsider = makeActor('unit_staff', b!.id);
});

const cases: [string, AnyActionDef, () => Record<string, unknown>][] = [
  [
    'plan',
    projectCommands.updateProject as unknown as AnyActionDef,
    () => ({ id: project.id, budget: '1', startsOn: '2026-01-01', plannedEndOn: '2026-02-01' }),
  ],
  [
    'milestone',
    projectCommands.saveMilestone as unknown as AnyActionDef,
    () => ({ projectId: project.id, title: '越权节点', plannedOn: '2026-03-01' }),
  ],
  ['progress', projectCommands.reportProgress as unknown as AnyActionDef, () => ({ projectId: project.id, body: '越权报告进展' })],
  [
    'rating codes',
    supervisionCommands.ratingCodes as unknown as AnyActionDef,
    () => ({ projectId: project.id, communityId: project.communityId }),
  ],
  ['moderation', supervisionCommands.moderate as unknown as AnyActionDef, () => ({ id: commentId, status: 'shown' })],
];

const snapshot = () => ({
  project: db().select().from(s.projects).where(eq(s.projects.id, project.id)).get(),
  milestones: db()
    .select({ n: sql<number>`count(*)` })
    .from(s.projectMilestones)
    .get()!.n,
  updates: db()
    .select({ n: sql<number>`count(*)` })
    .from(s.projectUpdates)
    .get()!.n,
  codes: db()
    .select({ n: sql<number>`count(*)` })
    .from(s.projectRatingCodes)
    .get()!.n,
  comment: db().select().from(s.projectComments).where(eq(s.projectComments.id, commentId)).get(),
});

describe('unit scope of livelihood projects (IDOR)', () => {
  for (const [what, def, input] of cases)
    it(`another street's staff cannot change a project's ${what}; nothing changes and the attempt is audited`, async () => {
      const before = snapshot();
      expect(await runAction(def, requestFacts(outsider), input())).toMatchObject({ ok: false, message: 'errors.outOfScope' });
      expect(snapshot()).toEqual(before);
      const last = db()
        .select()
        .from(s.auditLog)
        .orderBy(sql`id desc`)
        .get()!;
      expect(last).toMatchObject({ action: `denied:${def.name}`, actorId: outsider.id });
    });
});

describe('draft calls are seen only by those who may manage them', () => {
  it("a street's draft is listed and opened for organizers over that street, for nobody else; open calls for all staff", () => {
    const [a, b] = streets();
    const draft = db()
      .insert(s.projectCalls)
      .values({ year: 2034, unitId: a!.id, title: '草稿征集', budget: 1, mode: 'deputies', stage: 'draft' })
      .returning()
      .get();
    const open = db()
      .insert(s.projectCalls)
      .values({ year: 2034, unitId: b!.id, title: '已开放征集', budget: 1, mode: 'deputies', stage: 'proposals' })
      .returning()
      .get();
    const sees = (actor: Actor) => ({
      listed: listStaffCalls(actor)
        .map((r) => r.call.id)
        .filter((id) => id === draft.id || id === open.id),
      draft: getStaffCall(actor, draft.id) !== undefined,
    });
    for (const manager of [makeActor('organizer'), makeActor('organizer', a!.id)])
      expect(sees(manager)).toEqual({ listed: [draft.id, open.id], draft: true });
    for (const other of [
      makeActor('organizer', b!.id),
      makeActor('unit_staff', a!.id),
      makeActor('deputy'),
      makeActor('viewer'),
      makeActor('admin'),
    ])
      expect(sees(other)).toEqual({ listed: [open.id], draft: false });
  });

  it("a draft's proposal codes are prepared by its managers only", async () => {
    const [a] = streets();
    const community = communitiesOf(a!.id)[0]!;
    const draft = db()
      .insert(s.projectCalls)
      .values({ year: 2035, unitId: a!.id, title: '草稿征集二', budget: 1, mode: 'deputies', stage: 'draft' })
      .returning()
      .get();
    const input = { callId: draft.id, communityId: community.id, count: '2' };
    expect(await runAction(callCommands.issueProposalCodes, requestFacts(makeActor('unit_staff', a!.id)), input)).toMatchObject({
      ok: false,
      message: 'projects.errors.wrongStage',
    });
    expect(await runAction(callCommands.issueProposalCodes, requestFacts(makeActor('organizer', a!.id)), input)).toMatchObject({
      ok: true,
    });
  });
});
