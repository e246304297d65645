import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import type { Tx } from '../tx';
import {
  nightTalkOfficials,
  nightTalks,
  officials,
  requestCategories,
  requestEvents,
  requests,
  staff,
  units,
  type RequestStatus,
} from '../schema';
import { ensureCategories } from '../../lib/requests/categories';
import { deadlinesFor } from '../../lib/requests/deadlines';
import { districtDay } from '../../lib/district-time';
import { generateKey, hashKey, nextNumber } from '../../lib/requests/keys';
import { seededRandom } from './random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const said: Record<string, string[]> = {
  roads: ['路口红绿灯时间太短，老人过马路来不及', '人行道地砖松动，下雨踩上去溅一身水', '小区门口共享单车乱停，堵住了出入口'],
  sanitation: ['楼道里堆放杂物好几天没人清理', '垃圾桶满了没人清运，味道很大', '楼下绿地有人遛狗不清理粪便'],
  property: ['单元门禁坏了半个月，陌生人随便进出', '电梯经常停运，物业说在等配件', '楼顶漏水，物业一直没来修'],
  safety: ['小区后门晚上没有路灯，走路不安全', '楼道里有人私拉电线给电动车充电', '夜里有人在楼下大声喧哗'],
  utilities: ['暖气不热，屋里只有十几度', '自来水发黄，烧开后有沉淀', '水压太低，六楼以上用不上水'],
  other: ['希望社区多组织一些老年人活动', '想了解老旧小区加装电梯的政策', '社区服务站周末能不能开门'],
};
const resolutions: Record<string, string[]> = {
  roads: ['已联系交管部门延长绿灯时间', '已安排维修人员重新铺设地砖', '已协调运营企业清理并划定停放区'],
  sanitation: ['已组织清理楼道杂物并张贴提示', '已增加垃圾清运频次', '已在绿地设置提示牌并加强巡查'],
  property: ['已督促物业更换门禁主板', '已约谈物业，电梯已修复并安排定期检查', '已协调物业完成楼顶防水维修'],
  safety: ['已加装两盏路灯', '已清除私拉电线，并在楼下设置充电桩', '已联系派出所加强夜间巡逻'],
  utilities: ['已联系供热公司排气调试，室温恢复正常', '已联系自来水公司冲洗管道并检测水质', '已协调加装二次供水泵'],
  other: ['已列入社区下季度活动计划', '已上门讲解加装电梯政策和申请流程', '已调整服务站周末值班安排'],
};

type Stage = { status: RequestStatus; at: Date; note?: string };

/**
 * A year of night talks and requests across the district, with the whole life of each request as it
 * would have happened: most handled on time and confirmed, some late, some reopened, some still open
 * and overdue now. Deterministic, one transaction.
 */
export function seedRequests(database: Db, at: Date) {
  const rand = seededRandom(5151);
  ensureCategories(database);
  database.transaction((tx) => {
    const categories = tx.select().from(requestCategories).all();
    const communities = tx.select().from(units).where(eq(units.kind, 'community')).all();
    const people = tx.select({ id: officials.id, unitId: officials.unitId }).from(officials).where(eq(officials.active, true)).all();
    const byUnit = new Map<number, number[]>();
    for (const p of people) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p.id]);
    const accounts = tx.select().from(staff).all();
    const recorder = (streetId: number) =>
      (
        accounts.find((a) => a.role === 'unit_staff' && a.unitId === streetId) ??
        accounts.find((a) => a.role === 'organizer') ??
        accounts[0]!
      ).id;

    type Pending = {
      createdAt: Date;
      communityId: number;
      streetId: number;
      channel: 'online' | 'api' | 'night_talk';
      nightTalkId: number | null;
      actorId: number;
    };
    const pending: Pending[] = [];
    for (const community of communities) {
      const streetId = community.parentId!;
      const actorId = recorder(streetId);
      for (let month = 0; month < 12; month++) {
        const heldAt = new Date(at.getTime() - (month * 30 + rand.int(1, 28)) * DAY);
        heldAt.setUTCHours(11 + rand.int(0, 2), rand.int(0, 59)); // 19:00–21:59 in the district
        if (heldAt >= at) continue;
        const present = [
          ...(byUnit.get(community.id) ?? []).slice(0, rand.int(1, 2)),
          ...(byUnit.get(streetId) ?? []).slice(rand.int(0, 3), 4).slice(0, 1),
        ];
        const talk = tx
          .insert(nightTalks)
          .values({
            heldOn: districtDay(heldAt),
            communityId: community.id,
            place: `${rand.int(1, 12)}号楼`,
            residentsMet: rand.int(3, 20),
            notes: '',
            recordedBy: actorId,
            createdAt: heldAt,
          })
          .returning({ id: nightTalks.id })
          .get();
        if (present.length)
          tx.insert(nightTalkOfficials)
            .values(present.map((officialId) => ({ nightTalkId: talk.id, officialId })))
            .run();
        const heard = rand.next() < 0.4 ? 0 : rand.next() < 0.66 ? 1 : 2;
        for (let i = 0; i < heard; i++)
          pending.push({
            createdAt: new Date(heldAt.getTime() + (i + 1) * 60_000),
            communityId: community.id,
            streetId,
            channel: 'night_talk',
            nightTalkId: talk.id,
            actorId,
          });
      }
      for (let i = 0; i < 10; i++) {
        const createdAt = new Date(at.getTime() - rand.int(1, 365 * 24) * HOUR);
        pending.push({
          createdAt,
          communityId: community.id,
          streetId,
          channel: rand.next() < 0.85 ? 'online' : 'api',
          nightTalkId: null,
          actorId,
        });
      }
    }
    pending.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const latest = new Map<string, string>();
    for (const p of pending) {
      const category = rand.pick(categories);
      const year = districtDay(p.createdAt).slice(0, 4);
      const number = nextNumber(year, latest.get(year));
      latest.set(year, number);
      const deadlines = deadlinesFor(p.createdAt, category);
      const { stages, assignee } = lifeOf(rand, p, category, deadlines, byUnit, at);
      insertRequest(
        tx,
        {
          number,
          categoryId: category.id,
          communityId: p.communityId,
          description: rand.pick(said[category.code] ?? said.other!),
          channel: p.channel,
          nightTalkId: p.nightTalkId,
          contactName:
            rand.next() < 0.6 ? `${rand.pick(['王', '李', '张', '刘', '赵'])}${rand.pick(['先生', '女士', '阿姨', '大爷'])}` : null,
          contactPhone: rand.next() < 0.5 ? `13${rand.int(100000000, 999999999)}` : null,
          ...deadlines,
          ...assignee,
          confirmKeyHash: hashKey(number, generateKey()),
          createdAt: p.createdAt,
        },
        stages,
        p.actorId,
        resolutions[category.code] ?? resolutions.other!,
        rand,
      );
    }
  });
}

type Rand = ReturnType<typeof seededRandom>;

function lifeOf(
  rand: Rand,
  p: { createdAt: Date; communityId: number; streetId: number },
  category: { resolveDays: number },
  deadlines: { respondBy: Date; resolveBy: Date },
  byUnit: Map<number, number[]>,
  at: Date,
) {
  const officialsHere = byUnit.get(p.communityId) ?? [];
  const toUnit = rand.next() < 0.25 || officialsHere.length === 0;
  const assignee = toUnit
    ? { assignedOfficialId: null, assignedUnitId: rand.next() < 0.7 ? p.communityId : p.streetId }
    : { assignedOfficialId: rand.pick(officialsHere), assignedUnitId: p.communityId };
  const stages: Stage[] = [];
  const late = rand.next() < 0.12;
  // A few recent requests sit untouched past their deadline: what "overdue in red" is for.
  if (rand.next() < 0.15 && at.getTime() - p.createdAt.getTime() < 45 * DAY)
    return { stages, assignee: { assignedOfficialId: null, assignedUnitId: null } };
  let t = p.createdAt.getTime() + (late ? rand.int(26, 80) : rand.int(1, 18)) * HOUR;
  stages.push({ status: 'assigned', at: new Date(t) });
  t += rand.int(1, 24) * HOUR;
  stages.push({ status: 'in_progress', at: new Date(t) });
  const span = deadlines.resolveBy.getTime() - p.createdAt.getTime();
  t = p.createdAt.getTime() + span * (late ? 1.1 + rand.next() : 0.2 + rand.next() * 0.75);
  stages.push({ status: 'resolved', at: new Date(t) });
  t += rand.int(4, 72) * HOUR;
  if (rand.next() < 0.1) {
    stages.push({ status: 'reopened', at: new Date(t) });
    t += rand.int(1, Math.max(2, category.resolveDays)) * DAY;
    stages.push({ status: 'resolved', at: new Date(t) });
    t += rand.int(4, 72) * HOUR;
  }
  if (rand.next() < 0.9) stages.push({ status: 'confirmed', at: new Date(t) });
  const happened = stages.filter((s) => s.at < at);
  return { stages: happened, assignee: happened.length ? assignee : { assignedOfficialId: null, assignedUnitId: null } };
}

function insertRequest(tx: Tx, row: typeof requests.$inferInsert, stages: Stage[], actorId: number, resolutionTexts: string[], rand: Rand) {
  const last = stages.at(-1);
  const resolution = rand.pick(resolutionTexts);
  const lastResolved = stages.filter((s) => s.status === 'resolved').at(-1);
  const reopenCount = stages.filter((s) => s.status === 'reopened').length;
  const satisfaction = last?.status === 'confirmed' ? (reopenCount ? rand.int(2, 4) : rand.pick([5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1])) : null;
  const created = tx
    .insert(requests)
    .values({
      ...row,
      status: last?.status ?? 'received',
      respondedAt: stages[0]?.at ?? null,
      resolvedAt: last?.status === 'resolved' || last?.status === 'confirmed' ? lastResolved!.at : null,
      resolution: lastResolved ? resolution : null,
      satisfaction,
      confirmedAt: last?.status === 'confirmed' ? last.at : null,
      reopenCount,
    })
    .returning({ id: requests.id })
    .get();
  const events = [
    {
      requestId: created.id,
      at: row.createdAt!,
      status: 'received' as const,
      note: '',
      actorId: row.channel === 'night_talk' ? actorId : null,
    },
    ...stages.map((s) => ({
      requestId: created.id,
      at: s.at,
      status: s.status,
      note: s.status === 'resolved' ? resolution : '',
      actorId: s.status === 'confirmed' || s.status === 'reopened' ? null : actorId,
    })),
  ];
  tx.insert(requestEvents).values(events).run();
}
