import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../index';
import { candidates, criteria, nominations, officials, selections, units } from '../schema';
import { castBallot } from '../../lib/selection/cast';
import { issueCodes } from '../../lib/selection/issue';
import type { SelectionMode } from '../../lib/enums';
import { seedEncryptedCurrent } from './encrypted';
import { seededRandom } from './random';

const adoptedCriteria = [
  '群众有事找得到人，电话打得通，事情办得快',
  '经常走进居民家中，了解老人和困难家庭的实际需要',
  '办事公道，不优亲厚友，账目公开',
  '老旧小区改造中把居民意见放在前面',
  '遇到急难险重任务冲在前面',
  '说到做到，答应群众的事按时办好',
];
const publishedCriteria = ['节假日也能找到值班干部', '尊重居民，说话和气', '愿意听不同意见'];
const pendingCriteria = ['希望多组织社区文化活动'];
const reasons = [
  '楼道灯坏了一个月，反映给他第二天就修好了，还上门来看了看。',
  '疫情期间每天给我们独居老人送菜，风雨无阻。',
  '小区加装电梯，她挨家挨户做工作，一年就办成了。',
  '下雨天积水，他半夜带人来排水，一直忙到天亮。',
  '对待居民很耐心，有什么难处都愿意帮忙想办法。',
  '把社区账目贴在公告栏里，大家都看得明白。',
];

/** The current year's selection, open for voting, with candidates, criteria, codes and some ballots. */
export async function seedSelection(database: Db, at: Date, { mode = 'plain', keyDir }: { mode?: SelectionMode; keyDir?: string } = {}) {
  const rand = seededRandom(1988);
  const year = at.getFullYear();
  const day = 86_400_000;
  const selection = database
    .insert(selections)
    .values({
      year,
      title: `${year}年度“十佳公仆”评选`,
      titleEn: `Ten Best Public Servants ${year}`,
      rules:
        '由居民凭投票码投票，每张选票可选 1 至 10 名候选人，得票最多的 10 人当选“十佳公仆”。投票结束后公开计票结果、选票记录和校验指纹，接受群众监督。',
      rulesEn:
        'Residents vote with ballot codes. Each ballot may choose 1 to 10 candidates; the 10 with the most votes are the Ten Best Public Servants. When voting ends, the result, the ballot log and its fingerprints are published for anyone to check.',
      // An encrypted selection opens for voting only once its setup is frozen (below).
      stage: mode === 'plain' ? 'voting' : 'nomination',
      mode,
      criteriaOpensAt: new Date(at.getTime() - 60 * day),
      nominationOpensAt: new Date(at.getTime() - 30 * day),
      votingOpensAt: new Date(at.getTime() - 2 * day),
      votingClosesAt: new Date(at.getTime() + 60 * day),
    })
    .returning()
    .get();

  database.transaction((tx) => {
    const add = (list: string[], status: 'adopted' | 'published' | 'pending') =>
      list.forEach((text) =>
        tx
          .insert(criteria)
          .values({ selectionId: selection.id, text, status, endorsements: rand.int(3, 240) })
          .run(),
      );
    add(adoptedCriteria, 'adopted');
    add(publishedCriteria, 'published');
    add(pendingCriteria, 'pending');

    const pool = tx
      .select({ id: officials.id, name: officials.name })
      .from(officials)
      .innerJoin(units, eq(units.id, officials.unitId))
      .where(inArray(units.kind, ['street', 'community']))
      .all();
    const chosen = new Set<number>();
    while (chosen.size < 20) chosen.add(rand.pick(pool).id);
    for (const officialId of chosen) {
      tx.insert(candidates).values({ selectionId: selection.id, officialId }).run();
      const name = pool.find((p) => p.id === officialId)!.name;
      for (let i = rand.int(1, 3); i > 0; i--) {
        tx.insert(nominations)
          .values({
            selectionId: selection.id,
            officialId,
            nomineeName: name,
            nomineeUnit: '',
            reason: rand.pick(reasons),
            status: 'approved',
          })
          .run();
      }
    }
    // Nominations still to decide would keep an encrypted selection's setup from being frozen.
    if (mode === 'encrypted') return;
    const extra = pool.find((p) => !chosen.has(p.id))!;
    tx.insert(nominations)
      .values({ selectionId: selection.id, officialId: extra.id, nomineeName: extra.name, nomineeUnit: '', reason: rand.pick(reasons) })
      .run();
    tx.insert(nominations)
      .values({
        selectionId: selection.id,
        nomineeName: '韩师傅',
        nomineeUnit: '桂香里社区物业',
        reason: '小区水管爆裂，他第一时间赶到抢修，没让一户停水过夜。',
      })
      .run();
  });

  // Some ballots already cast, so live turnout shows; then fresh codes for a newcomer to vote with.
  const candidateIds = database
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.selectionId, selection.id))
    .all()
    .map((c) => c.id);
  const communities = database.select().from(units).where(eq(units.kind, 'community')).all();
  if (mode === 'encrypted')
    return { year, demoCodes: seedEncryptedCurrent(database, selection, communities.slice(0, 12), rand, at, keyDir) };
  const system = { id: null, username: 'seed' };
  for (const community of communities.slice(0, 12)) {
    const batch = await issueCodes(database, { selectionId: selection.id, communityId: community.id, count: 60, note: '演示' }, system);
    if (!batch.ok) throw new Error(batch.reason);
    for (const code of batch.codes.slice(0, rand.int(5, 45))) {
      const picks = new Set<number>();
      const n = rand.int(1, 10);
      while (picks.size < n) picks.add(rand.pick(candidateIds));
      castBallot(database, { year, code, candidateIds: [...picks] }, at);
    }
  }
  const demo = await issueCodes(
    database,
    { selectionId: selection.id, communityId: communities[0]!.id, count: 20, note: '演示投票码' },
    system,
  );
  if (!demo.ok) throw new Error(demo.reason);
  return { year, demoCodes: demo.codes };
}
