/**
 * Demo livelihood projects (民生实事), invented names throughout. Last year's district call, decided by
 * nine deputies, with its adopted projects in every state as of the seeding day: completed on time and
 * rated, completed late and rated, under way on time, under way and late. This year's district call is
 * open for proposals (codes for one community), and a street runs a residents'-mode call at the ballot.
 * Days are set relative to the seeding day, so the states hold whenever the demo is built.
 */
import { asc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Db } from '../index';
import * as s from '../schema';
import { addDays, districtToday } from '../../lib/inspections/dates';
import { hashRatingCode, insertCodes } from '../../lib/projects/codes';
import { storePhoto } from '../../lib/projects/photos';
import { titleKey } from '../../lib/projects/text';
import { generateCode } from '../../lib/selection/codes';
import { seededRandom } from './random';

const deputyNames = ['苏明远', '韩静怡', '邵国栋', '龙雨晴', '柏志远', '葛慧敏', '牛建华', '范思源', '殷晓岚'];
const WAN = 10_000;
const sources = ['resident', 'committee', 'deputy', 'community_office'] as const;

type Plan = { title: string; problem: string; cost: number; forVotes: number; milestones: [string, number, number | null][]; end: number; done: number | null; progress: number; rated?: number };

// Offsets in days from the seeding day: [milestone, planned, actual (null = not yet)].
const adopted: Plan[] = [
  { title: '春晖里老旧小区加装电梯', problem: '六层老楼住的多是老人，上下楼难。', cost: 680 * WAN, forVotes: 8, milestones: [['方案公示', -300, -302], ['井道施工', -200, -205], ['电梯安装验收', -90, -92]], end: -60, done: -70, progress: 100, rated: 4.6 },
  { title: '社区养老照料中心改造', problem: '老人白天没人照看，子女上班不放心。', cost: 420 * WAN, forVotes: 7, milestones: [['设计招标', -320, -318], ['装修施工', -200, -170], ['开门试运营', -130, -100]], end: -120, done: -95, progress: 100, rated: 3.9 },
  { title: '背街小巷路灯更换', problem: '小巷晚上太黑，老人摔过跤。', cost: 150 * WAN, forVotes: 6, milestones: [['线路勘察', -60, -61], ['灯杆安装', -10, -12], ['全部通电', 40, null]], end: 60, done: null, progress: 60 },
  { title: '临河菜市场升级改造', problem: '菜市场地面湿滑、排水差，夏天气味大。', cost: 560 * WAN, forVotes: 5, milestones: [['摊位临时搬迁', -80, -78], ['排水改造完工', -20, null], ['重新开市', 70, null]], end: 90, done: null, progress: 35 },
];
const rejected = [
  { title: '新建地下停车场', problem: '小区停车难，晚上车停到路上。', cost: 1800 * WAN, forVotes: 4 },
  { title: '社区足球场翻新', problem: '球场地面坑洼，孩子们容易受伤。', cost: 260 * WAN, forVotes: 2 },
];

async function demoPhoto(color: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#dfe7ee"/><rect x="250" y="160" width="420" height="560" fill="#c9b79c"/><rect x="690" y="100" width="120" height="620" fill="${color}"/>${Array.from({ length: 12 }, (_, k) => `<rect x="${290 + (k % 3) * 120}" y="${200 + Math.floor(k / 3) * 130}" width="70" height="80" fill="#6b8db5"/>`).join('')}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).webp({ quality: 75 }).toBuffer({ resolveWithObject: true });
  return { buffer: data, width: info.width, height: info.height };
}

export async function seedProjects(database: Db, at: Date): Promise<{ proposalCodes: string[]; ratingCodes: string[] }> {
  const rand = seededRandom(14_2026);
  const today = districtToday(at);
  const day = (offset: number) => addDays(today, offset);
  const when = (offset: number) => new Date(`${day(offset)}T10:00:00+08:00`);
  const year = at.getFullYear();
  const district = database.select().from(s.units).where(eq(s.units.kind, 'district')).get()!;
  const street = database.select().from(s.units).where(eq(s.units.kind, 'street')).orderBy(asc(s.units.id)).get()!;
  const communities = database.select().from(s.units).where(eq(s.units.parentId, street.id)).orderBy(asc(s.units.id)).all();
  const streetOfficials = database.select().from(s.officials).where(eq(s.officials.unitId, street.id)).orderBy(asc(s.officials.id)).all();
  const demoDeputy = database.select().from(s.staff).where(eq(s.staff.username, 'deputy')).get()!;
  const photos = [await demoPhoto('#8a9a5b'), await demoPhoto('#b3261e')];

  return database.transaction((tx) => {
    const deputies = [demoDeputy, ...deputyNames.slice(1).map((name, k) => tx.insert(s.staff).values({ username: `deputy${k + 2}`, displayName: name, role: 'deputy', passwordHash: demoDeputy.passwordHash }).returning().get())];
    const organizer = tx.select().from(s.staff).where(eq(s.staff.username, 'organizer')).get()!.id;
    const streetStaff = tx.select().from(s.staff).where(eq(s.staff.username, 'street')).get()!.id;

    // ——— Last year's call, decided by the deputies ———
    const rule = { mode: 'deputies' as const, budget: 2000 * WAN, maxChoices: 5, deputies: deputies.length };
    const past = tx
      .insert(s.projectCalls)
      .values({ year: year - 1, unitId: district.id, title: `${year - 1} 年临江区民生实事项目`, intro: '征集居民、社区和人大代表的建议，由区人大代表票决确定。', budget: rule.budget, mode: 'deputies', maxChoices: 5, stage: 'decided', rule, openedAt: when(-420), decidedAt: when(-340), createdAt: when(-430) })
      .returning()
      .get();
    for (const d of deputies) tx.insert(s.callDeputies).values({ callId: past.id, deputyId: d.id, name: d.displayName }).run();
    const propose = (callId: number, p: { title: string; problem: string }, k: number, extra: Partial<typeof s.projectProposals.$inferInsert> = {}) =>
      tx
        .insert(s.projectProposals)
        .values({ callId, communityId: communities[k % communities.length]!.id, title: p.title, titleKey: titleKey(p.title), problem: p.problem, source: sources[k % 4]!, proposerName: k % 4 === 1 ? '居委会' : k % 4 === 2 ? deputies[k % deputies.length]!.displayName : '', ...extra })
        .returning()
        .get();
    const ballot = [...adopted, ...rejected].map((p, k) =>
      propose(past.id, p, k, { status: 'feasible', screeningReason: '群众需求集中，技术上可行，纳入候选项目。', estimatedCost: p.cost, responsibleUnitId: street.id, screenedAt: when(-380), screenedBy: organizer, createdAt: when(-400 + k) }),
    );
    propose(past.id, { title: '修建小区围墙', problem: '小区没有围墙，外来车辆穿行。' }, 6, { status: 'merged', mergedIntoId: ballot[3]!.id, screeningReason: '与菜市场改造同一地块，合并实施。', screenedBy: organizer });
    propose(past.id, { title: '建设商业综合体', problem: '附近缺少大型商场。' }, 7, { status: 'out_of_scope', screeningReason: '属于商业开发，不在民生实事范围内。', screenedBy: organizer });
    [...adopted, ...rejected].forEach((p, k) => {
      deputies.forEach((d, i) => tx.insert(s.deputyVotes).values({ callId: past.id, proposalId: ballot[k]!.id, deputyId: d.id, choice: i < p.forVotes ? 'for' : 'against', at: when(-341) }).run());
      tx.insert(s.callResults).values({ callId: past.id, proposalId: ballot[k]!.id, votes: p.forVotes, votesFor: p.forVotes, votesAgainst: deputies.length - p.forVotes, outcome: k < adopted.length ? 'adopted' : 'rejected', position: k + 1 }).run();
    });

    const ratingCodes: string[] = [];
    adopted.forEach((plan, k) => {
      const community = communities[k]!;
      const start = -330;
      const project = tx
        .insert(s.projects)
        .values({ callId: past.id, proposalId: ballot[k]!.id, title: plan.title, summary: plan.problem, communityId: community.id, responsibleUnitId: street.id, budget: plan.cost, status: plan.done !== null ? 'completed' : 'in_progress', startsOn: day(start), plannedEndOn: day(plan.end), completedOn: plan.done === null ? null : day(plan.done), progress: plan.progress, ratingClosesOn: plan.done === null ? null : day(30), createdAt: when(-340) })
        .returning()
        .get();
      const event = (offset: number, kind: string, detail: Record<string, string | number | null>, actorId: number | null = streetStaff) => tx.insert(s.projectEvents).values({ projectId: project.id, at: when(offset), kind, detail, actorId }).run();
      event(-340, 'adopted', { votes: plan.forVotes, votesFor: plan.forVotes, votesAgainst: deputies.length - plan.forVotes, budget: plan.cost }, organizer);
      tx.insert(s.projectPlaces).values({ projectId: project.id, communityId: community.id }).run();
      const officials = [streetOfficials[k % streetOfficials.length]!, streetOfficials[(k + 1) % streetOfficials.length]!];
      for (const o of officials) tx.insert(s.projectOfficials).values({ projectId: project.id, officialId: o.id }).run();
      event(-335, 'plan', { places: community.name, officials: officials.map((o) => o.name).join('、') });
      plan.milestones.forEach(([title, planned, actual], position) => {
        tx.insert(s.projectMilestones).values({ projectId: project.id, title, plannedOn: day(planned), actualOn: actual === null ? null : day(actual), position }).run();
        event(-334, 'milestoneAdded', { milestone: title, plannedOn: day(planned), actualOn: null, previousPlannedOn: null });
        if (actual !== null) event(Math.min(actual, 0), 'milestoneReached', { milestone: title, plannedOn: day(planned), actualOn: day(actual), previousPlannedOn: null });
      });
      const update = tx.insert(s.projectUpdates).values({ projectId: project.id, body: `${plan.milestones[0]![0]}已完成，施工单位进场。`, progress: Math.min(plan.progress, 30), authorId: streetStaff, at: when(-150) }).returning().get();
      const photo = photos[k % 2]!;
      tx.insert(s.projectPhotos).values({ id: storePhoto(photo), projectId: project.id, updateId: update.id, width: photo.width, height: photo.height, bytes: photo.buffer.length, caption: '施工现场', at: when(-150) }).run();
      event(-150, 'progress', { progress: Math.min(plan.progress, 30), photo: 1, updateId: update.id });
      tx.insert(s.projectComments).values([
        { projectId: project.id, body: '希望施工时注意安全，晚上别太吵。', name: '三号楼住户', status: 'shown', createdAt: when(-140), moderatedBy: streetStaff, moderatedAt: when(-139) },
        { projectId: project.id, body: '什么时候能完工？', name: '', status: 'pending', createdAt: when(-3) },
      ]).run();
      if (plan.done === null) return;
      tx.insert(s.projectUpdates).values({ projectId: project.id, body: '项目已完工并投入使用，欢迎住户评价。', progress: 100, authorId: streetStaff, at: when(plan.done) }).run();
      event(plan.done, 'completed', { completedOn: day(plan.done), plannedEndOn: day(plan.end) });
      // One code per household of the place; about a third have rated, scores around the plan's mean.
      const homes = tx.select({ id: s.households.id }).from(s.households).where(eq(s.households.communityId, community.id)).all();
      homes.forEach((h, i) => {
        const code = generateCode();
        const rated = i % 3 === 0;
        tx.insert(s.projectRatingCodes).values({ codeHash: hashRatingCode(code), projectId: project.id, householdId: h.id, communityId: community.id, usedOn: rated ? day(plan.done! + 5) : null }).run();
        if (rated) tx.insert(s.projectRatings).values({ projectId: project.id, communityId: community.id, score: Math.max(1, Math.min(5, Math.round(plan.rated! + (rand.next() - 0.5) * 2))), ratedOn: day(plan.done! + 5) }).run();
        else if (ratingCodes.length < 20 && k === 0) ratingCodes.push(code);
      });
    });

    // ——— This year: the district's call taking proposals; a street's residents'-mode call at the ballot ———
    const current = tx
      .insert(s.projectCalls)
      .values({ year, unitId: district.id, title: `${year} 年临江区民生实事项目征集`, intro: '欢迎居民、社区居委会和人大代表提出今年要办的实事。', budget: 2500 * WAN, mode: 'deputies', maxChoices: 5, stage: 'proposals', rule: { mode: 'deputies', budget: 2500 * WAN, maxChoices: 5, deputies: null }, openedAt: when(-20), proposalsCloseOn: day(40) })
      .returning()
      .get();
    propose(current.id, { title: '社区老年食堂', problem: '独居老人午饭没有着落。' }, 1, { createdAt: when(-10) });
    propose(current.id, { title: '河边步道照明', problem: '晚上散步的人多，步道没有灯。' }, 2, { createdAt: when(-8) });
    const proposalCodes = insertCodes(tx, current.id, communities[0]!.id, 20);

    const streetRule = { mode: 'residents' as const, budget: 300 * WAN, maxChoices: 3, deputies: null };
    const streetCall = tx
      .insert(s.projectCalls)
      .values({ year, unitId: street.id, title: `${year} 年${street.name}居民“微实事”投票`, budget: streetRule.budget, mode: 'residents', maxChoices: 3, stage: 'voting', rule: streetRule, openedAt: when(-60) })
      .returning()
      .get();
    [
      { title: '楼道扶手加装', problem: '老人上下楼没有扶手。', cost: 80 * WAN },
      { title: '社区书屋', problem: '孩子放学后没有看书的地方。', cost: 120 * WAN },
      { title: '非机动车充电棚', problem: '电动车在楼道里充电不安全。', cost: 150 * WAN },
      { title: '健身器材更新', problem: '器材老化，有的已经松动。', cost: 60 * WAN },
    ].forEach((p, k) => propose(streetCall.id, p, k, { status: 'feasible', screeningReason: '可行，列入居民投票。', estimatedCost: p.cost, responsibleUnitId: communities[k]!.id, screenedBy: organizer }));
    return { proposalCodes, ratingCodes };
  });
}
