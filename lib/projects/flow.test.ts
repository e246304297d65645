import fs from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import type { z } from 'zod';
import { runAction, type ActionDef } from '@/lib/action/core';
import type { CodeKind } from '@/lib/one-time-code';
import type { Actor } from '@/lib/auth/permissions';
import { communitiesOf, makeActor, requestFacts, seedDistrict, streets } from '@/tests/unit/fixtures';
import { commands as callCommands } from './call-commands';
import { commands as proposalCommands } from './proposal-commands';
import { commands as voteCommands } from './vote-commands';
import { commands as projectCommands } from './project-commands';
import { commands as supervisionCommands } from './supervision-commands';
import { photoPath } from './photos';
import { commands as publicCommands } from './public-commands';
import { readSources } from '@/lib/assessment/sources';
import { traceIndicator } from '@/lib/assessment/trace';

const c = { ...callCommands, ...proposalCommands, ...voteCommands, ...projectCommands, ...supervisionCommands };
const run = <S extends z.ZodType, T, K extends CodeKind>(def: ActionDef<S, T, K>, actor: Actor | null, input: Record<string, unknown>) =>
  runAction(def, requestFacts(actor), input);
/** A resident, signed out, from an address of their own. */
const resident = <S extends z.ZodType, T, K extends CodeKind>(def: ActionDef<S, T, K>, input: Record<string, unknown>) =>
  run(def, null, input);
const count = (table: typeof s.projectProposals | typeof s.projectMilestones | typeof s.projectPhotos | typeof s.projectRatings) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

let organizer: Actor;
let staff0: Actor;
let staff1: Actor;
let deputies: Actor[];
let street0: s.Unit;
let community: s.Unit;
let callId: number;

beforeAll(async () => {
  await seedDistrict();
  const [a, b] = streets();
  street0 = a!;
  community = communitiesOf(a!.id)[0]!;
  organizer = makeActor('organizer');
  staff0 = makeActor('unit_staff', a!.id);
  staff1 = makeActor('unit_staff', b!.id);
  // The seed's demo deputy plus four: five deputies, so three votes for are a majority.
  deputies = [makeActor('deputy'), makeActor('deputy'), makeActor('deputy'), makeActor('deputy')];
});

describe('a deputies’ call from proposal to a completed, rated project', () => {
  let proposalId: number;
  let projectId: number;

  it('opens with its rule frozen; proposals come by code, from a committee and from a deputy; duplicates are refused', async () => {
    const district = db().select().from(s.units).where(eq(s.units.kind, 'district')).get()!;
    const saved = await run(c.saveCall, organizer, {
      year: '2031',
      unitId: district.id,
      title: '2031 年民生实事',
      budget: '500',
      mode: 'deputies',
      maxChoices: '3',
    });
    expect(saved).toMatchObject({ ok: true });
    callId = (saved as { data: { id: number } }).data.id;
    expect(await run(c.moveStage, organizer, { id: callId, to: 'proposals' })).toMatchObject({ ok: true });
    const call = db().select().from(s.projectCalls).where(eq(s.projectCalls.id, callId)).get()!;
    expect(call.rule).toEqual({ mode: 'deputies', budget: 5_000_000, maxChoices: 3, deputies: null });
    expect(
      await run(c.saveCall, organizer, {
        id: callId,
        year: '2031',
        unitId: district.id,
        title: 'x年',
        budget: '900',
        mode: 'deputies',
        maxChoices: '3',
      }),
    ).toMatchObject({ ok: false, message: 'projects.errors.ruleLocked' });

    expect(await run(c.issueProposalCodes, staff1, { callId, communityId: community.id, count: '2' })).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    const issued = await run(c.issueProposalCodes, staff0, { callId, communityId: community.id, count: '3' });
    const codes = (issued as { data: { codes: string[] } }).data.codes;
    expect(codes).toHaveLength(3);

    const first = await resident(publicCommands.proposeWithCode, {
      code: codes[0],
      title: '3号楼加装电梯',
      place: '幸福里3号楼',
      problem: '楼里多是老人，上下六楼很难。',
      roughCost: '80',
    });
    expect(first).toMatchObject({ ok: true });
    proposalId = (first as { data: { id: number } }).data.id;
    expect(
      await resident(publicCommands.proposeWithCode, { code: codes[0], title: '另一件事情', problem: '这是另一件需要解决的事情。' }),
    ).toMatchObject({ ok: false, message: 'projects.errors.usedCode' });
    const before = count(s.projectProposals);
    expect(
      await resident(publicCommands.proposeWithCode, { code: codes[1], title: '3号楼 加装电梯！', problem: '同一件事，又写了一遍。' }),
    ).toMatchObject({
      ok: false,
      message: 'projects.errors.duplicate',
      fieldErrors: { title: ['field.duplicate'] },
    });
    expect(count(s.projectProposals)).toBe(before);
    // The refused duplicate did not use up the household's code.
    expect(
      await resident(publicCommands.proposeWithCode, { code: codes[1], title: '小区路灯更换', problem: '晚上小区里太黑，老人摔过跤。' }),
    ).toMatchObject({ ok: true });

    expect(
      await run(c.propose, staff0, {
        callId,
        communityId: community.id,
        source: 'committee',
        proposerName: '居委会',
        title: '社区食堂',
        problem: '老人午饭没有着落，需要一个食堂。',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await run(c.propose, deputies[0]!, {
        callId,
        communityId: community.id,
        source: 'deputy',
        title: '口袋公园',
        problem: '附近没有可以散步休息的地方。',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await run(c.propose, staff1, {
        callId,
        communityId: community.id,
        source: 'committee',
        proposerName: 'x',
        title: '越权提议',
        problem: '不在本街道范围内的社区。',
      }),
    ).toMatchObject({ ok: false, message: 'errors.outOfScope' });
  });

  it('screens each proposal with a public reason, then opens the vote to the deputies of the call', async () => {
    const list = db().select().from(s.projectProposals).where(eq(s.projectProposals.callId, callId)).orderBy(s.projectProposals.id).all();
    expect(await run(c.screen, organizer, { id: list[0]!.id, status: 'feasible', reason: '符合条件，可以实施' })).toMatchObject({
      ok: false,
      fieldErrors: { estimatedCost: ['field.required'], responsibleUnitId: ['field.required'] },
    });
    for (const p of list.slice(0, 3))
      expect(
        await run(c.screen, organizer, {
          id: p.id,
          status: 'feasible',
          reason: '符合条件，可以实施',
          estimatedCost: '120',
          responsibleUnitId: street0.id,
        }),
      ).toMatchObject({ ok: true });
    expect(
      await run(c.screen, organizer, { id: list[3]!.id, status: 'merged', reason: '与社区食堂合并', mergedIntoId: list[2]!.id }),
    ).toMatchObject({ ok: true });
    expect(await run(c.moveStage, organizer, { id: callId, to: 'screening' })).toMatchObject({ ok: true });
    expect(await run(c.moveStage, organizer, { id: callId, to: 'voting' })).toMatchObject({ ok: true });
    const call = db().select().from(s.projectCalls).where(eq(s.projectCalls.id, callId)).get()!;
    const seated = db().select().from(s.callDeputies).where(eq(s.callDeputies.callId, callId)).all();
    expect(call.rule?.deputies).toBe(seated.length);
    expect(seated.map((d) => d.deputyId)).toEqual(expect.arrayContaining(deputies.map((d) => d.id)));
  });

  it('records each deputy’s for/against and adopts by a majority of all the call’s deputies', async () => {
    const seated = db().select().from(s.callDeputies).where(eq(s.callDeputies.callId, callId)).all();
    const feasible = db()
      .select()
      .from(s.projectProposals)
      .where(and(eq(s.projectProposals.callId, callId), eq(s.projectProposals.status, 'feasible')))
      .all();
    const [lift, lamps, canteen] = feasible;
    const majority = Math.floor(seated.length / 2) + 1;
    const late = makeActor('deputy');
    expect(await run(c.deputyVote, late, { callId, [`p${lift!.id}`]: 'for' })).toMatchObject({
      ok: false,
      message: 'projects.errors.notDeputyOfCall',
    });
    const voters = seated.map((d) => ({
      id: d.deputyId,
      username: d.name,
      displayName: d.name,
      role: 'deputy' as const,
      unitId: null,
      unitPath: null,
    }));
    for (const [k, actor] of voters.entries()) {
      const vote = {
        callId,
        [`p${lift!.id}`]: k < majority ? 'for' : 'against',
        [`p${lamps!.id}`]: k < majority - 1 ? 'for' : 'against',
        [`p${canteen!.id}`]: 'against',
      };
      expect(await run(c.deputyVote, actor, vote)).toMatchObject({ ok: true });
    }
    expect(await run(c.decide, organizer, { id: callId })).toMatchObject({ ok: true, data: { adopted: 1 } });
    const results = db().select().from(s.callResults).where(eq(s.callResults.callId, callId)).orderBy(s.callResults.position).all();
    expect(results.map((r) => [r.proposalId, r.votesFor, r.votesAgainst, r.outcome])).toEqual([
      [lift!.id, majority, seated.length - majority, 'adopted'],
      [lamps!.id, majority - 1, seated.length - majority + 1, 'rejected'],
      [canteen!.id, 0, seated.length, 'rejected'],
    ]);
    const project = db().select().from(s.projects).where(eq(s.projects.proposalId, proposalId)).get()!;
    expect(project).toMatchObject({ title: '3号楼加装电梯', budget: 1_200_000, responsibleUnitId: street0.id, status: 'planned' });
    projectId = project.id;
  });

  it('lets only the responsible unit report progress; refuses a milestone before the start, a non-image and an oversized photo', async () => {
    const official = db().select().from(s.officials).where(eq(s.officials.unitId, street0.id)).get()!;
    expect(
      await run(c.updateProject, staff1, { id: projectId, budget: '120', startsOn: '2031-03-01', plannedEndOn: '2031-09-30' }),
    ).toMatchObject({ ok: false, message: 'errors.outOfScope' });
    expect(
      await run(c.updateProject, staff0, {
        id: projectId,
        summary: '加装一部电梯',
        budget: '120',
        startsOn: '2026-03-01',
        plannedEndOn: '2026-09-30',
        officials: [String(official.id)],
      }),
    ).toMatchObject({ ok: true });
    const milestones = count(s.projectMilestones);
    expect(await run(c.saveMilestone, staff0, { projectId, title: '方案公示', plannedOn: '2026-02-20' })).toMatchObject({
      ok: false,
      message: 'projects.errors.milestoneBeforeStart',
      fieldErrors: { plannedOn: ['field.beforeStart'] },
    });
    expect(count(s.projectMilestones)).toBe(milestones);
    expect(
      await run(c.saveMilestone, staff0, { projectId, title: '方案公示', plannedOn: '2026-04-01', actualOn: '2026-03-30' }),
    ).toMatchObject({ ok: true });
    expect(
      await run(c.saveMilestone, staff0, { projectId, title: '电梯安装', plannedOn: '2026-07-01', actualOn: '2026-07-20' }),
    ).toMatchObject({ ok: true });

    const photos = count(s.projectPhotos);
    const notImage = new File(['这不是图片'], 'photo.jpg', { type: 'image/jpeg' });
    expect(await run(c.reportProgress, staff0, { projectId, body: '井道开挖完成', photo: notImage })).toMatchObject({
      ok: false,
      message: 'projects.errors.notImage',
    });
    const huge = new File([new Uint8Array(9 * 1024 * 1024)], 'big.png', { type: 'image/png' });
    expect(await run(c.reportProgress, staff0, { projectId, body: '井道开挖完成', photo: huge })).toMatchObject({
      ok: false,
      message: 'projects.errors.photoTooLarge',
    });
    expect(count(s.projectPhotos)).toBe(photos);
    const png = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const ok = await run(c.reportProgress, staff0, {
      projectId,
      body: '井道开挖完成',
      progress: '40',
      caption: '井道',
      photo: new File([new Uint8Array(png)], 'x.png', { type: 'image/png' }),
    });
    expect(ok).toMatchObject({ ok: true });
    const photoId = (ok as { data: { photoId: string } }).data.photoId;
    const meta = await sharp(photoPath(photoId)).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1600, height: 1067 });
    expect(fs.statSync(photoPath(photoId)).mode & 0o777).toBe(0o600);
    expect(db().select().from(s.projects).where(eq(s.projects.id, projectId)).get()).toMatchObject({ progress: 40, status: 'in_progress' });
  });

  it('completes, issues one code per household of its places, and takes each household’s rating once', async () => {
    expect(await run(c.ratingCodes, staff0, { projectId, communityId: community.id })).toMatchObject({
      ok: false,
      message: 'projects.errors.notCompleted',
    });
    expect(
      await run(c.complete, staff0, { projectId, completedOn: '2026-10-08', note: '电梯已投入使用', ratingClosesOn: '2099-12-31' }),
    ).toMatchObject({ ok: true });
    for (const idHash of ['h1', 'h2', 'h3'])
      db()
        .insert(s.households)
        .values({ communityId: community.id, idHash: `${projectId}-${idHash}` })
        .run();
    const issued = await run(c.ratingCodes, staff0, { projectId, communityId: community.id });
    const codes = (issued as { data: { codes: string[] } }).data.codes;
    expect(codes).toHaveLength(3);
    expect(await run(c.ratingCodes, staff0, { projectId, communityId: community.id })).toMatchObject({
      ok: false,
      message: 'projects.errors.noHouseholds',
    });
    expect(await resident(publicCommands.rate, { projectId, code: codes[0], score: '5' })).toMatchObject({ ok: true });
    expect(await resident(publicCommands.rate, { projectId, code: codes[0], score: '1' })).toMatchObject({
      ok: false,
      message: 'projects.errors.usedCode',
    });
    expect(await resident(publicCommands.rate, { projectId, code: codes[1], score: '4' })).toMatchObject({ ok: true });
    expect(await resident(publicCommands.rate, { projectId, code: 'AAAA-BBBB-CCCC', score: '4' })).toMatchObject({
      ok: false,
      message: 'projects.errors.unknownCode',
    });
    const ratings = db().select().from(s.projectRatings).where(eq(s.projectRatings.projectId, projectId)).all();
    expect(ratings.map((r) => r.score).sort()).toEqual([4, 5]);
    const events = db()
      .select()
      .from(s.projectEvents)
      .where(eq(s.projectEvents.projectId, projectId))
      .all()
      .map((e) => e.kind);
    expect(events).toEqual(['adopted', 'plan', 'milestoneAdded', 'milestoneAdded', 'progress', 'completed']);
    const audited = db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, 'project'), eq(s.auditLog.entityId, String(projectId))))
      .all();
    expect(audited.map((a) => a.action)).toEqual(['projects.update', 'projects.progress', 'projects.complete', 'projects.ratingCodes']);
  });

  it('counts in the assessment for the responsible official, traced to the milestones and ratings', () => {
    const official = db().select().from(s.projectOfficials).where(eq(s.projectOfficials.projectId, projectId)).get()!;
    const cycle = { year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' };
    const list = [
      { id: 1, code: 'm', source: 'projects' as const, metric: 'milestonesOnTime' },
      { id: 2, code: 's', source: 'projects' as const, metric: 'satisfaction' },
    ];
    const scoped = [{ id: official.officialId, unitId: street0.id, unitPath: street0.path, level: 'street' }];
    const raw = readSources(db(), cycle, list, scoped);
    // Two milestones, one reached before its day and one 19 days late; ratings 5 and 4.
    expect(raw.get('m')!.get(official.officialId)).toEqual({ value: 50, n: 2 });
    expect(raw.get('s')!.get(official.officialId)).toEqual({ value: 4.5, n: 2 });
    const milestones = traceIndicator(db(), cycle, { id: official.officialId, unitPath: street0.path }, list[0]!);
    expect(milestones.raw).toBe(50);
    expect(milestones.records.map((r) => [r.href, r.value])).toEqual([
      [`/projects/${projectId}`, 100],
      [`/projects/${projectId}`, 0],
    ]);
    const ratings = traceIndicator(db(), cycle, { id: official.officialId, unitPath: street0.path }, list[1]!);
    expect(ratings).toMatchObject({ raw: 4.5, records: [{ href: `/projects/${projectId}`, value: 4.5, n: 2, date: '2026-10-08' }] });
  });
});
