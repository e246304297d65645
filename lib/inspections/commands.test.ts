import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { inspectionOfficials, inspections, officials, recommendations, sites } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { addDays, districtDay } from '@/lib/district-time';
import { inspectionRatings } from './metrics';
import { listInspections, listSites } from './queries';
import { commands } from './commands';

const as = (actor: ReturnType<typeof makeActor>) => requestFacts(actor);
const today = () => districtDay(now());
const count = (table: typeof inspections | typeof sites) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

let streetA: number;
let streetB: number;
let communityA: number;
let communityB: number;
let officialA1: number;
let officialA2: number;
let officialB: number;

beforeAll(async () => {
  await seedDistrict();
  const [a, b] = streets();
  streetA = a!.id;
  streetB = b!.id;
  communityA = communitiesOf(streetA)[0]!.id;
  communityB = communitiesOf(streetB)[0]!.id;
  const inA = db().select().from(officials).where(eq(officials.unitId, communityA)).all();
  officialA1 = inA[0]!.id;
  officialA2 = inA[1]!.id;
  officialB = db().select().from(officials).where(eq(officials.unitId, communityB)).get()!.id;
});

async function newSite(unitId: number, name = '旧楼改造工地') {
  const result = await runAction(commands.createSite, as(makeActor('organizer')), {
    name,
    kind: 'renovation',
    unitId: String(unitId),
    address: '某路 1 号',
  });
  expect(result.ok).toBe(true);
  return (result as { data: { id: number } }).data.id;
}

const inspectionInput = (siteId: number, rows: [number, number][], extra: Record<string, unknown> = {}) => ({
  siteId: String(siteId),
  'methods[]': ['look', 'talk'],
  startsOn: addDays(today(), -3),
  endsOn: addDays(today(), -1),
  findings: '施工组织有序，居民反映噪声问题。',
  'officialIds[]': rows.map(([id]) => String(id)),
  'ratings[]': rows.map(([, r]) => String(r)),
  'recommendations[]': ['增配一名网格员', ''],
  ...extra,
});

describe('an inspector records an inspection', () => {
  it('stores the inspection, one rating per official and the recommendations; the assessment reads them', async () => {
    const siteId = await newSite(communityA);
    const inspector = makeActor('inspector');
    const result = await runAction(
      commands.recordInspection,
      as(inspector),
      inspectionInput(siteId, [
        [officialA1, 4],
        [officialA2, 2],
      ]),
    );
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: number } }).data.id;
    const row = db().select().from(inspections).where(eq(inspections.id, id)).get()!;
    expect(row).toMatchObject({ siteId, methods: ['look', 'talk'], recordedBy: inspector.id });
    expect(db().select().from(inspectionOfficials).where(eq(inspectionOfficials.inspectionId, id)).all()).toHaveLength(2);
    expect(db().select().from(recommendations).where(eq(recommendations.inspectionId, id)).all()).toEqual([
      expect.objectContaining({ text: '增配一名网格员', status: 'open' }),
    ]);
    const year = today().slice(0, 4);
    const metrics = inspectionRatings(db(), { from: `${Number(year) - 1}-01-01`, to: `${year}-12-31` });
    expect(metrics.get(officialA1)).toEqual({ inspections: 1, meanRating: 4 });
    expect(metrics.get(officialA2)).toEqual({ inspections: 1, meanRating: 2 });
  });

  it('refuses dates in the future and an end before the start, saving nothing', async () => {
    const siteId = await newSite(communityA);
    const before = count(inspections);
    const future = await runAction(
      commands.recordInspection,
      as(makeActor('inspector')),
      inspectionInput(siteId, [[officialA1, 3]], { endsOn: addDays(today(), 1) }),
    );
    expect(future).toMatchObject({ ok: false, message: 'inspections.problems.future', fieldErrors: { endsOn: ['field.invalid'] } });
    const backwards = await runAction(
      commands.recordInspection,
      as(makeActor('inspector')),
      inspectionInput(siteId, [[officialA1, 3]], { startsOn: addDays(today(), -1), endsOn: addDays(today(), -2) }),
    );
    expect(backwards).toMatchObject({ ok: false, message: 'inspections.problems.endBeforeStart' });
    expect(count(inspections)).toBe(before);
  });

  it('refuses a deactivated site', async () => {
    const siteId = await newSite(communityA);
    expect(await runAction(commands.setSiteActive, as(makeActor('organizer')), { id: String(siteId), active: 'false' })).toMatchObject({
      ok: true,
    });
    const result = await runAction(commands.recordInspection, as(makeActor('inspector')), inspectionInput(siteId, [[officialA1, 3]]));
    expect(result).toMatchObject({ ok: false, message: 'inspections.problems.siteInactive' });
  });
});

describe('scope and roles', () => {
  it("a street's inspector cannot record at another street's site, nor rate another street's official", async () => {
    const siteB = await newSite(communityB);
    const siteA = await newSite(communityA);
    const inspectorA = makeActor('inspector', streetA);
    const before = count(inspections);
    expect(await runAction(commands.recordInspection, as(inspectorA), inspectionInput(siteB, [[officialB, 5]]))).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(await runAction(commands.recordInspection, as(inspectorA), inspectionInput(siteA, [[officialB, 5]]))).toMatchObject({
      ok: false,
      message: 'errors.outOfScope',
    });
    expect(count(inspections)).toBe(before);
    expect(await runAction(commands.recordInspection, as(inspectorA), inspectionInput(siteA, [[officialA1, 5]]))).toMatchObject({
      ok: true,
    });
  });

  it("nor create or edit another street's sites", async () => {
    const siteB = await newSite(communityB, '乙街道重点项目');
    const inspectorA = makeActor('inspector', streetA);
    const sitesBefore = count(sites);
    expect(await runAction(commands.createSite, as(inspectorA), { name: 'x', kind: 'other', unitId: String(communityB) })).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(
      await runAction(commands.updateSite, as(inspectorA), { id: String(siteB), name: '改名', kind: 'other', unitId: String(communityA) }),
    ).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(count(sites)).toBe(sitesBefore);
    expect(db().select().from(sites).where(eq(sites.id, siteB)).get()!.name).toBe('乙街道重点项目');
  });

  it('viewers and unit staff change nothing', async () => {
    const siteId = await newSite(communityA);
    for (const role of ['viewer', 'unit_staff', 'surveyor'] as const) {
      const actor = makeActor(role, role === 'viewer' ? null : streetA);
      expect(await runAction(commands.recordInspection, as(actor), inspectionInput(siteId, [[officialA1, 5]]))).toMatchObject({
        message: 'errors.forbidden',
      });
      expect(await runAction(commands.setSiteActive, as(actor), { id: String(siteId), active: 'false' })).toMatchObject({
        message: 'errors.forbidden',
      });
    }
    expect(db().select().from(sites).where(eq(sites.id, siteId)).get()!.active).toBe(true);
  });

  it("lists show a street's reader only that street's sites and inspections", async () => {
    const viewerA = makeActor('viewer', streetA);
    const seenSites = listSites(viewerA);
    expect(seenSites.length).toBeGreaterThan(0);
    expect(seenSites.every((s) => communitiesOf(streetA).some((c) => c.id === s.unitId) || s.unitId === streetA)).toBe(true);
    expect(listInspections(viewerA, { officialId: officialB })).toEqual([]);
    expect(
      listInspections(makeActor('viewer'), { officialId: officialA1 }).every((i) => i.officials.some((o) => o.officialId === officialA1)),
    ).toBe(true);
  });
});

describe('recommendation follow-up', () => {
  it('moves open → in progress → done with a note, and refuses done without one', async () => {
    const siteId = await newSite(communityA);
    const recorded = await runAction(commands.recordInspection, as(makeActor('inspector')), inspectionInput(siteId, [[officialA1, 3]]));
    const inspectionId = (recorded as { data: { id: number } }).data.id;
    const rec = db().select().from(recommendations).where(eq(recommendations.inspectionId, inspectionId)).get()!;
    const organizer = makeActor('organizer');
    expect(
      await runAction(commands.updateRecommendation, as(organizer), { id: String(rec.id), status: 'done', followUp: '' }),
    ).toMatchObject({
      message: 'inspections.problems.followUpNeeded',
    });
    expect(
      await runAction(commands.updateRecommendation, as(organizer), {
        id: String(rec.id),
        status: 'in_progress',
        followUp: '街道已安排招聘',
      }),
    ).toMatchObject({
      ok: true,
      data: { id: inspectionId },
    });
    expect(
      await runAction(commands.updateRecommendation, as(organizer), { id: String(rec.id), status: 'done', followUp: '' }),
    ).toMatchObject({ ok: true });
    expect(db().select().from(recommendations).where(eq(recommendations.id, rec.id)).get()).toMatchObject({
      status: 'done',
      followUp: '街道已安排招聘',
    });
    expect(
      await runAction(commands.updateRecommendation, as(makeActor('inspector', streetB)), {
        id: String(rec.id),
        status: 'open',
        followUp: '',
      }),
    ).toMatchObject({
      message: 'errors.outOfScope',
    });
  });
});
