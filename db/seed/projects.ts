/**
 * Demo livelihood projects (民生实事), invented names throughout. Last year's district call, decided by
 * nine deputies, with its adopted projects in every state as of the seeding day: completed on time and
 * rated, completed late and rated, under way on time, under way and late. This year's district call is
 * open for proposals (codes for one community), and a street runs a residents'-mode call at the ballot.
 * Days are set relative to the seeding day, so the states hold whenever the demo is built.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../index';
import * as s from '../schema';
import { addDays, districtDay } from '../../lib/district-time';
import { insertCodes } from '../../lib/projects/codes';
import { titleKey } from '../../lib/projects/text';
import { seededRandom } from './random';
import { adopted, demoPhoto, seedAdoptedProjects } from './project-progress';
import { seedCallElection } from './projects-election';
import type { GuardianKeyFile } from '../../lib/belenios/guardian';

const deputyNames = ['苏明远', '韩静怡', '邵国栋', '龙雨晴', '柏志远', '葛慧敏', '牛建华', '范思源', '殷晓岚'];
const WAN = 10_000;
const sources = ['resident', 'committee', 'deputy', 'community_office'] as const;

const rejected = [
  { title: '新建地下停车场', problem: '小区停车难，晚上车停到路上。', cost: 1800 * WAN, forVotes: 4 },
  { title: '社区足球场翻新', problem: '球场地面坑洼，孩子们容易受伤。', cost: 260 * WAN, forVotes: 2 },
];

export type ProjectsDemo = {
  proposalCodes: string[];
  ratingCodes: string[];
  callBallot: { callId: number; codes: string[]; keyFiles: GuardianKeyFile[] };
};

export async function seedProjects(database: Db, at: Date): Promise<ProjectsDemo> {
  const rand = seededRandom(14_2026);
  const today = districtDay(at);
  const day = (offset: number) => addDays(today, offset);
  const when = (offset: number) => new Date(`${day(offset)}T10:00:00+08:00`);
  const year = at.getFullYear();
  const district = database.select().from(s.units).where(eq(s.units.kind, 'district')).get()!;
  const street = database.select().from(s.units).where(eq(s.units.kind, 'street')).orderBy(asc(s.units.id)).get()!;
  const communities = database.select().from(s.units).where(eq(s.units.parentId, street.id)).orderBy(asc(s.units.id)).all();
  const streetOfficials = database.select().from(s.officials).where(eq(s.officials.unitId, street.id)).orderBy(asc(s.officials.id)).all();
  const demoDeputy = database.select().from(s.staff).where(eq(s.staff.username, 'deputy')).get()!;
  const photos = [await demoPhoto('#8a9a5b'), await demoPhoto('#b3261e')];

  const seeded = database.transaction((tx) => {
    const deputies = [
      demoDeputy,
      ...deputyNames.slice(1).map((name, k) =>
        tx
          .insert(s.staff)
          .values({ username: `deputy${k + 2}`, displayName: name, role: 'deputy', passwordHash: demoDeputy.passwordHash })
          .returning()
          .get(),
      ),
    ];
    const organizer = tx.select().from(s.staff).where(eq(s.staff.username, 'organizer')).get()!.id;
    const streetStaff = tx.select().from(s.staff).where(eq(s.staff.username, 'street')).get()!.id;

    // ——— Last year's call, decided by the deputies ———
    const rule = { mode: 'deputies' as const, budget: 2000 * WAN, maxChoices: 5, deputies: deputies.length };
    const past = tx
      .insert(s.projectCalls)
      .values({
        year: year - 1,
        unitId: district.id,
        title: `${year - 1} 年临江区民生实事项目`,
        intro: '征集居民、社区和人大代表的建议，由区人大代表票决确定。',
        budget: rule.budget,
        mode: 'deputies',
        maxChoices: 5,
        stage: 'decided',
        rule,
        openedAt: when(-420),
        decidedAt: when(-340),
        createdAt: when(-430),
      })
      .returning()
      .get();
    for (const d of deputies) tx.insert(s.callDeputies).values({ callId: past.id, deputyId: d.id, name: d.displayName }).run();
    const propose = (
      callId: number,
      p: { title: string; problem: string },
      k: number,
      extra: Partial<typeof s.projectProposals.$inferInsert> = {},
    ) =>
      tx
        .insert(s.projectProposals)
        .values({
          callId,
          communityId: communities[k % communities.length]!.id,
          title: p.title,
          titleKey: titleKey(p.title),
          problem: p.problem,
          source: sources[k % 4]!,
          proposerName: k % 4 === 1 ? '居委会' : k % 4 === 2 ? deputies[k % deputies.length]!.displayName : '',
          ...extra,
        })
        .returning()
        .get();
    const ballot = [...adopted, ...rejected].map((p, k) =>
      propose(past.id, p, k, {
        status: 'feasible',
        screeningReason: '群众需求集中，技术上可行，纳入候选项目。',
        estimatedCost: p.cost,
        responsibleUnitId: street.id,
        screenedAt: when(-380),
        screenedBy: organizer,
        createdAt: when(-400 + k),
      }),
    );
    propose(past.id, { title: '修建小区围墙', problem: '小区没有围墙，外来车辆穿行。' }, 6, {
      status: 'merged',
      mergedIntoId: ballot[3]!.id,
      screeningReason: '与菜市场改造同一地块，合并实施。',
      screenedBy: organizer,
    });
    propose(past.id, { title: '建设商业综合体', problem: '附近缺少大型商场。' }, 7, {
      status: 'out_of_scope',
      screeningReason: '属于商业开发，不在民生实事范围内。',
      screenedBy: organizer,
    });
    [...adopted, ...rejected].forEach((p, k) => {
      deputies.forEach((d, i) =>
        tx
          .insert(s.deputyVotes)
          .values({
            callId: past.id,
            proposalId: ballot[k]!.id,
            deputyId: d.id,
            choice: i < p.forVotes ? 'for' : 'against',
            at: when(-341),
          })
          .run(),
      );
      tx.insert(s.callResults)
        .values({
          callId: past.id,
          proposalId: ballot[k]!.id,
          votes: p.forVotes,
          votesFor: p.forVotes,
          votesAgainst: deputies.length - p.forVotes,
          outcome: k < adopted.length ? 'adopted' : 'rejected',
          position: k + 1,
        })
        .run();
    });

    const ratingCodes = seedAdoptedProjects({
      tx,
      rand,
      day,
      when,
      pastCallId: past.id,
      ballotIds: ballot.slice(0, adopted.length).map((b) => b.id),
      communities,
      street,
      streetOfficials,
      deputyCount: deputies.length,
      organizer,
      streetStaff,
      photos,
    });

    // ——— This year: the district's call taking proposals; a street's residents'-mode call at the ballot ———
    const current = tx
      .insert(s.projectCalls)
      .values({
        year,
        unitId: district.id,
        title: `${year} 年临江区民生实事项目征集`,
        intro: '欢迎居民、社区居委会和人大代表提出今年要办的实事。',
        budget: 2500 * WAN,
        mode: 'deputies',
        maxChoices: 5,
        stage: 'proposals',
        rule: { mode: 'deputies', budget: 2500 * WAN, maxChoices: 5, deputies: null },
        openedAt: when(-20),
        proposalsCloseOn: day(40),
      })
      .returning()
      .get();
    propose(current.id, { title: '社区老年食堂', problem: '独居老人午饭没有着落。' }, 1, { createdAt: when(-10) });
    propose(current.id, { title: '河边步道照明', problem: '晚上散步的人多，步道没有灯。' }, 2, { createdAt: when(-8) });
    const proposalCodes = insertCodes(tx, current.id, communities[0]!.id, 20);

    const streetRule = { mode: 'residents' as const, budget: 300 * WAN, maxChoices: 3, deputies: null };
    const streetCall = tx
      .insert(s.projectCalls)
      .values({
        year,
        unitId: street.id,
        title: `${year} 年${street.name}居民“微实事”投票`,
        budget: streetRule.budget,
        mode: 'residents',
        maxChoices: 3,
        stage: 'voting',
        rule: streetRule,
        openedAt: when(-60),
      })
      .returning()
      .get();
    [
      { title: '楼道扶手加装', problem: '老人上下楼没有扶手。', cost: 80 * WAN },
      { title: '社区书屋', problem: '孩子放学后没有看书的地方。', cost: 120 * WAN },
      { title: '非机动车充电棚', problem: '电动车在楼道里充电不安全。', cost: 150 * WAN },
      { title: '健身器材更新', problem: '器材老化，有的已经松动。', cost: 60 * WAN },
    ].forEach((p, k) =>
      propose(streetCall.id, p, k, {
        status: 'feasible',
        screeningReason: '可行，列入居民投票。',
        estimatedCost: p.cost,
        responsibleUnitId: communities[k]!.id,
        screenedBy: organizer,
      }),
    );
    return { proposalCodes, ratingCodes, streetCallId: streetCall.id };
  });
  // The street call's vote is encrypted like the Ten Best vote: its election, frozen when voting opened.
  const { keyFiles, codes } = seedCallElection(database, seeded.streetCallId, when(-5));
  return {
    proposalCodes: seeded.proposalCodes,
    ratingCodes: seeded.ratingCodes,
    callBallot: { callId: seeded.streetCallId, codes, keyFiles },
  };
}
