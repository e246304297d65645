import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../index';
import {
  officials,
  recommendations,
  reviewFormCodes,
  reviewMeetings,
  sites,
  staff,
  units,
  type InspectionMethod,
  type ReviewGrade,
  type SiteKind,
} from '../schema';
import { addDays, districtDay } from '../../lib/district-time';
import { insertInspection } from '../../lib/inspections/write';
import { dimensions } from '../../lib/reviews/metrics';
import { insertCodes, insertForms } from '../../lib/reviews/write';
import { seededRandom } from './random';

const siteTemplates: { kind: SiteKind; suffix: string }[] = [
  { kind: 'major_project', suffix: '片区有机更新项目' },
  { kind: 'renovation', suffix: '老旧小区改造工地' },
  { kind: 'community_point', suffix: '党群服务站' },
  { kind: 'renovation', suffix: '历史风貌建筑修缮点' },
  { kind: 'community_point', suffix: '便民服务点' },
  { kind: 'major_project', suffix: '菜市场提升改造项目' },
];
const findings = [
  '施工围挡规范，工地扬尘控制到位；居民反映夜间施工噪声偏大。',
  '社区干部对辖区困难家庭情况熟悉，台账清楚，能说出每户的实际需要。',
  '改造方案经过三轮居民议事会讨论，居民签字率超过九成。',
  '便民服务点值班制度落实，但周末人手不足，部分事项要等到工作日办理。',
  '项目进度滞后约两周，原因是管线迁改协调不畅，已约定每周例会推进。',
  '蹲点三天，干部每天入户走访，群众诉求当天登记、当天回复。',
];
const recommendationTexts = [
  '建议增配一名专职网格员',
  '建议调整施工时间，22 点后停止高噪声作业',
  '建议周末安排值班人员',
  '建议建立项目进度周报，向居民公开',
  '建议对独居老人增加入户频次',
];
const followUps = ['街道已招聘一名网格员，下月到岗。', '已调整施工时间并张贴公告。', '已排出周末值班表。'];

/**
 * Front-line inspections at 36 sites and review meetings with their forms, across the demo district,
 * dated within the current year up to `at` and some in the year before. Writes through the same
 * functions the commands use. Returns a few unused online-form codes for the demo.
 */
export function seedInspections(database: Db, at: Date): { demoReviewCodes: string[] } {
  const rand = seededRandom(20260601);
  const today = districtDay(at);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const daysThisYear = Math.round((Date.parse(today) - Date.parse(yearStart)) / 86_400_000);
  // Four in five records fall in this year, the rest in the last half of the year before.
  const someDay = () => (rand.next() < 0.8 ? addDays(yearStart, rand.int(0, daysThisYear)) : addDays(yearStart, -rand.int(1, 180)));

  const inspector = database.select({ id: staff.id }).from(staff).where(eq(staff.username, 'inspector')).get();
  const organizer = database.select({ id: staff.id }).from(staff).where(eq(staff.username, 'organizer')).get();
  if (!inspector || !organizer) throw new Error('seedInspections needs the demo accounts');
  const streets = database.select().from(units).where(eq(units.kind, 'street')).orderBy(asc(units.path)).all();
  const officialsOf = (unitIds: number[]) =>
    database
      .select({ id: officials.id, unitId: officials.unitId })
      .from(officials)
      .where(inArray(officials.unitId, unitIds))
      .orderBy(asc(officials.id))
      .all();
  const demoReviewCodes: string[] = [];

  database.transaction((tx) => {
    for (const street of streets) {
      const communities = tx.select().from(units).where(eq(units.parentId, street.id)).orderBy(asc(units.path)).all();
      siteTemplates.forEach((template, i) => {
        const community = communities[(i * 3) % communities.length]!;
        const onStreet = template.kind === 'major_project';
        const site = tx
          .insert(sites)
          .values({
            name: `${onStreet ? street.name.replace('街道', '') : community.name.replace('社区', '')}${template.suffix}`,
            kind: template.kind,
            unitId: onStreet ? street.id : community.id,
            address: `${community.name.replace('社区', '')}路 ${rand.int(1, 200)} 号`,
            active: i !== 5 || street !== streets[0],
          })
          .returning()
          .get();
        const candidates = officialsOf(onStreet ? [street.id, ...communities.map((c) => c.id)] : [community.id, street.id]);
        const visits = rand.int(1, 3);
        for (let v = 0; v < visits; v++) {
          const startsOn = someDay();
          const endsOn = [addDays(startsOn, rand.int(0, 4)), today].sort()[0]!;
          const chosen = new Set<number>();
          const count = rand.int(1, 3);
          while (chosen.size < count) chosen.add(rand.pick(candidates).id);
          const methods: InspectionMethod[] =
            rand.next() < 0.3 ? ['look', 'talk', 'stay'] : rand.next() < 0.5 ? ['look', 'talk'] : ['look'];
          const recs = rand.next() < 0.6 ? [rand.pick(recommendationTexts)] : [];
          const row = insertInspection(
            tx,
            {
              siteId: site.id,
              methods,
              startsOn,
              endsOn,
              findings: rand.pick(findings),
              officials: [...chosen].map((officialId) => ({
                officialId,
                rating: Math.min(5, rand.int(2, 5) + (rand.next() < 0.3 ? 1 : 0)),
              })),
              recommendations: recs,
              recordedBy: inspector.id,
            },
            new Date(`${endsOn}T18:00:00+08:00`),
          );
          if (recs.length && rand.next() < 0.5) {
            // Some recommendations have been followed up since.
            tx.update(recommendations)
              .set({ status: rand.next() < 0.5 ? 'done' : 'in_progress', followUp: rand.pick(followUps) })
              .where(eq(recommendations.inspectionId, row.id))
              .run();
          }
        }
      });

      // Review meetings: the street's leaders and three community secretaries report each year.
      const reporting = [
        ...officialsOf([street.id]).slice(0, 2),
        ...officialsOf(communities.slice(0, 3).map((c) => c.id)).filter((_, i) => i % 4 === 0),
      ];
      for (const official of reporting) {
        const heldOn = someDay();
        const meeting = tx
          .insert(reviewMeetings)
          .values({ officialId: official.id, heldOn, place: `${street.name}会议室`, attendees: rand.int(30, 60), createdBy: organizer.id })
          .returning()
          .get();
        const bias = rand.next();
        const grade = (): ReviewGrade => {
          const x = rand.next() + bias * 0.3;
          return x > 0.75 ? 'excellent' : x > 0.25 ? 'competent' : x > 0.08 ? 'basic' : 'incompetent';
        };
        const form = () => Object.fromEntries(dimensions.map((d) => [d, grade()])) as Record<(typeof dimensions)[number], ReviewGrade>;
        const paper = Array.from({ length: Math.floor(meeting.attendees * 0.6) }, form);
        insertForms(tx, meeting.id, paper, 'paper', organizer.id);
        // Online forms come with the codes they burnt, so issued and used codes reconcile.
        const online = Array.from({ length: rand.int(3, 10) }, form);
        insertCodes(tx, meeting.id, online.length);
        tx.update(reviewFormCodes)
          .set({ usedAt: new Date(`${heldOn}T00:00:00+08:00`) })
          .where(eq(reviewFormCodes.meetingId, meeting.id))
          .run();
        insertForms(tx, meeting.id, online, 'online', null);
        if (demoReviewCodes.length === 0) demoReviewCodes.push(...insertCodes(tx, meeting.id, 5));
      }
    }
  });
  return { demoReviewCodes };
}
