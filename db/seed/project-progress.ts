// The adopted projects of the demo's past call, each followed to its state as of the seeding day:
// milestones, a progress report with a photo, comments (one waiting for moderation), and for completed
// ones a rating code per household of the place, about a third of them used.
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Tx } from '../tx';
import * as s from '../schema';
import { hashRatingCode } from '../../lib/projects/codes';
import { storePhoto, type PreparedPhoto } from '../../lib/projects/photos';
import { generateCode } from '../../lib/selection/codes';
import type { seededRandom } from './random';

const WAN = 10_000;

type Plan = {
  title: string;
  problem: string;
  cost: number;
  forVotes: number;
  milestones: [string, number, number | null][];
  end: number;
  done: number | null;
  progress: number;
  rated?: number;
};

// Offsets in days from the seeding day: [milestone, planned, actual (null = not yet)].
export const adopted: Plan[] = [
  {
    title: '春晖里老旧小区加装电梯',
    problem: '六层老楼住的多是老人，上下楼难。',
    cost: 680 * WAN,
    forVotes: 8,
    milestones: [
      ['方案公示', -300, -302],
      ['井道施工', -200, -205],
      ['电梯安装验收', -90, -92],
    ],
    end: -60,
    done: -70,
    progress: 100,
    rated: 4.6,
  },
  {
    title: '社区养老照料中心改造',
    problem: '老人白天没人照看，子女上班不放心。',
    cost: 420 * WAN,
    forVotes: 7,
    milestones: [
      ['设计招标', -320, -318],
      ['装修施工', -200, -170],
      ['开门试运营', -130, -100],
    ],
    end: -120,
    done: -95,
    progress: 100,
    rated: 3.9,
  },
  {
    title: '背街小巷路灯更换',
    problem: '小巷晚上太黑，老人摔过跤。',
    cost: 150 * WAN,
    forVotes: 6,
    milestones: [
      ['线路勘察', -60, -61],
      ['灯杆安装', -10, -12],
      ['全部通电', 40, null],
    ],
    end: 60,
    done: null,
    progress: 60,
  },
  {
    title: '临河菜市场升级改造',
    problem: '菜市场地面湿滑、排水差，夏天气味大。',
    cost: 560 * WAN,
    forVotes: 5,
    milestones: [
      ['摊位临时搬迁', -80, -78],
      ['排水改造完工', -20, null],
      ['重新开市', 70, null],
    ],
    end: 90,
    done: null,
    progress: 35,
  },
];
/** A drawing of a building with a lift shaft, so the demo has photos without shipping any. */
export async function demoPhoto(color: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#dfe7ee"/><rect x="250" y="160" width="420" height="560" fill="#c9b79c"/><rect x="690" y="100" width="120" height="620" fill="${color}"/>${Array.from({ length: 12 }, (_, k) => `<rect x="${290 + (k % 3) * 120}" y="${200 + Math.floor(k / 3) * 130}" width="70" height="80" fill="#6b8db5"/>`).join('')}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).webp({ quality: 75 }).toBuffer({ resolveWithObject: true });
  return { buffer: data, width: info.width, height: info.height };
}

type Context = {
  tx: Tx;
  rand: ReturnType<typeof seededRandom>;
  day: (offset: number) => string;
  when: (offset: number) => Date;
  pastCallId: number;
  ballotIds: number[];
  communities: s.Unit[];
  street: s.Unit;
  streetOfficials: s.Official[];
  deputyCount: number;
  organizer: number;
  streetStaff: number;
  photos: PreparedPhoto[];
};

/** Returns unused rating codes of the first completed project, for the demo banner file. */
export function seedAdoptedProjects({
  tx,
  rand,
  day,
  when,
  pastCallId,
  ballotIds,
  communities,
  street,
  streetOfficials,
  deputyCount,
  organizer,
  streetStaff,
  photos,
}: Context): string[] {
  const ratingCodes: string[] = [];
  adopted.forEach((plan, k) => {
    const community = communities[k]!;
    const start = -330;
    const project = tx
      .insert(s.projects)
      .values({
        callId: pastCallId,
        proposalId: ballotIds[k]!,
        title: plan.title,
        summary: plan.problem,
        communityId: community.id,
        responsibleUnitId: street.id,
        budget: plan.cost,
        status: plan.done !== null ? 'completed' : 'in_progress',
        startsOn: day(start),
        plannedEndOn: day(plan.end),
        completedOn: plan.done === null ? null : day(plan.done),
        progress: plan.progress,
        ratingClosesOn: plan.done === null ? null : day(30),
        createdAt: when(-340),
      })
      .returning()
      .get();
    const event = (offset: number, kind: string, detail: Record<string, string | number | null>, actorId: number | null = streetStaff) =>
      tx
        .insert(s.projectEvents)
        .values({ projectId: project.id, at: when(offset), kind, detail, actorId })
        .run();
    event(
      -340,
      'adopted',
      { votes: plan.forVotes, votesFor: plan.forVotes, votesAgainst: deputyCount - plan.forVotes, budget: plan.cost },
      organizer,
    );
    tx.insert(s.projectPlaces).values({ projectId: project.id, communityId: community.id }).run();
    const officials = [streetOfficials[k % streetOfficials.length]!, streetOfficials[(k + 1) % streetOfficials.length]!];
    for (const o of officials) tx.insert(s.projectOfficials).values({ projectId: project.id, officialId: o.id }).run();
    event(-335, 'plan', { places: community.name, officials: officials.map((o) => o.name).join('、') });
    plan.milestones.forEach(([title, planned, actual], position) => {
      tx.insert(s.projectMilestones)
        .values({ projectId: project.id, title, plannedOn: day(planned), actualOn: actual === null ? null : day(actual), position })
        .run();
      event(-334, 'milestoneAdded', { milestone: title, plannedOn: day(planned), actualOn: null, previousPlannedOn: null });
      if (actual !== null)
        event(Math.min(actual, 0), 'milestoneReached', {
          milestone: title,
          plannedOn: day(planned),
          actualOn: day(actual),
          previousPlannedOn: null,
        });
    });
    const update = tx
      .insert(s.projectUpdates)
      .values({
        projectId: project.id,
        body: `${plan.milestones[0]![0]}已完成，施工单位进场。`,
        progress: Math.min(plan.progress, 30),
        authorId: streetStaff,
        at: when(-150),
      })
      .returning()
      .get();
    const photo = photos[k % 2]!;
    tx.insert(s.projectPhotos)
      .values({
        id: storePhoto(photo),
        projectId: project.id,
        updateId: update.id,
        width: photo.width,
        height: photo.height,
        bytes: photo.buffer.length,
        caption: '施工现场',
        at: when(-150),
      })
      .run();
    event(-150, 'progress', { progress: Math.min(plan.progress, 30), photo: 1, updateId: update.id });
    tx.insert(s.projectComments)
      .values([
        {
          projectId: project.id,
          body: '希望施工时注意安全，晚上别太吵。',
          name: '三号楼住户',
          status: 'shown',
          createdAt: when(-140),
          moderatedBy: streetStaff,
          moderatedAt: when(-139),
        },
        { projectId: project.id, body: '什么时候能完工？', name: '', status: 'pending', createdAt: when(-3) },
      ])
      .run();
    if (plan.done === null) return;
    tx.insert(s.projectUpdates)
      .values({
        projectId: project.id,
        body: '项目已完工并投入使用，欢迎住户评价。',
        progress: 100,
        authorId: streetStaff,
        at: when(plan.done),
      })
      .run();
    event(plan.done, 'completed', { completedOn: day(plan.done), plannedEndOn: day(plan.end) });
    // One code per household of the place; about a third have rated, scores around the plan's mean.
    const homes = tx.select({ id: s.households.id }).from(s.households).where(eq(s.households.communityId, community.id)).all();
    homes.forEach((h, i) => {
      const code = generateCode();
      const rated = i % 3 === 0;
      tx.insert(s.projectRatingCodes)
        .values({
          codeHash: hashRatingCode(code),
          projectId: project.id,
          householdId: h.id,
          communityId: community.id,
          usedOn: rated ? day(plan.done! + 5) : null,
        })
        .run();
      if (rated)
        tx.insert(s.projectRatings)
          .values({
            projectId: project.id,
            communityId: community.id,
            score: Math.max(1, Math.min(5, Math.round(plan.rated! + (rand.next() - 0.5) * 2))),
            ratedOn: day(plan.done! + 5),
          })
          .run();
      else if (ratingCodes.length < 20 && k === 0) ratingCodes.push(code);
    });
  });
  return ratingCodes;
}
