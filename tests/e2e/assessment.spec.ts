import { and, eq, like } from 'drizzle-orm';
import * as s from '../../db/schema';
import { BASE, demoUsernames, e2eDb, expect, signInAs, test } from './fixtures';

const year = new Date().getFullYear();
const seededCycle = () =>
  e2eDb()
    .select()
    .from(s.assessmentCycles)
    .where(and(eq(s.assessmentCycles.year, year), eq(s.assessmentCycles.name, `${year} 年度考核`)))
    .orderBy(s.assessmentCycles.id)
    .get()!;
const streetsList = () => e2eDb().select().from(s.units).where(eq(s.units.kind, 'street')).orderBy(s.units.id).all();
const officialIn = (path: string) =>
  e2eDb()
    .select({ id: s.officials.id, name: s.officials.name })
    .from(s.officials)
    .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
    .where(and(like(s.units.path, `${path}%`), eq(s.units.kind, 'community')))
    .get()!;

test.describe('assessment of officials', () => {
  test('an organizer configures a cycle, is refused a bad weight sum, computes, and traces a composite to its records', async ({
    page,
    context,
  }) => {
    const organizer = await signInAs(context, demoUsernames.organizer);
    const cycle = seededCycle();
    const street = streetsList()[0]!;
    // A new community and official of its own, so that the only records behind the composite are the ones
    // made here, whatever the other areas' demo data holds.
    const community = e2eDb().insert(s.units).values({ parentId: street.id, kind: 'community', name: '测试新建社区' }).returning().get();
    e2eDb()
      .update(s.units)
      .set({ path: `${street.path}${community.id}/` })
      .where(eq(s.units.id, community.id))
      .run();
    const official = e2eDb()
      .insert(s.officials)
      .values({ unitId: community.id, name: '测试干部', position: '社区书记', grade: 'staff' })
      .returning({ id: s.officials.id, name: s.officials.name })
      .get();
    // A front-line inspection of this official, recorded by the inspections area (inserted directly here).
    const site = e2eDb().insert(s.sites).values({ name: '老旧小区改造点', kind: 'renovation', unitId: street.id }).returning().get();
    const inspection = e2eDb()
      .insert(s.inspections)
      .values({
        siteId: site.id,
        methods: ['look'],
        startsOn: `${year}-05-10`,
        endsOn: `${year}-05-10`,
        findings: '整改到位',
        recordedBy: organizer.id,
      })
      .returning()
      .get();
    // The best rating, and no residents' records at all: a composite of 100 without residents' opinion.
    e2eDb().insert(s.inspectionOfficials).values({ inspectionId: inspection.id, officialId: official.id, rating: 5 }).run();

    await page.goto('/staff/assessment');
    await page.getByRole('button', { name: '创建' }).click();
    await expect(page).toHaveURL(/\/staff\/assessment\/\d+\/config$/);
    await expect(page.getByText('配置完整，可以计算。')).toBeVisible();

    await page
      .getByRole('row', { name: /群众满意度测评/ })
      .getByRole('link', { name: '修改' })
      .click();
    await expect(page.getByRole('heading', { name: '修改指标：群众满意度测评' })).toBeVisible();
    await expect(page.getByLabel('代码')).toHaveValue('survey');
    await page.getByLabel('权重（%）', { exact: true }).fill('20');
    await page.getByRole('button', { name: '保存指标' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await expect(page.getByTestId('config-problems')).toContainText('各项权重合计为 90%，必须正好是 100%。');
    await page.getByRole('button', { name: '开始计算' }).click();
    await expect(page.getByText('配置还有问题（权重、群众评价下限或分数线），请先在配置页改正。')).toBeVisible();

    await page.getByLabel('权重（%）', { exact: true }).fill('30');
    await page.getByRole('button', { name: '保存指标' }).click();
    await expect(page.getByText('配置完整，可以计算。')).toBeVisible();

    // The seeded cycle now has a new input (the inspection), so it is recomputed with progress.
    const publicBefore = await (await page.request.get(`/api/v1/assessment/${year}`)).json();
    await page.goto(`/staff/assessment/${cycle.id}/config`);
    await page.getByRole('button', { name: '开始计算' }).click();
    await expect(page.getByText('计算完成，已保存新的快照。')).toBeVisible();
    // The publication is pinned: the public still gets the published result, and staff are told so.
    expect(await (await page.request.get(`/api/v1/assessment/${year}`)).json()).toEqual(publicBefore);
    await page.goto(`/staff/assessment/${cycle.id}`);
    const stale = page.getByTestId('publication-stale');
    await expect(stale).toContainText(/公开内容仍是 \d{1,2} 月 \d{1,2} 日的结果，重新公开后才会更新/);
    await stale.getByRole('button', { name: '重新公开' }).click();
    await expect(page.getByTestId('publication-stale')).toHaveCount(0);
    const total = (body: { cycles: { distribution: Record<string, number> }[] }) =>
      Object.values(body.cycles[0]!.distribution).reduce((a, b) => a + b, 0);
    // Republished: the public distribution now counts exactly the officials of the snapshot just
    // published, the new official among them (other tests may add officials meanwhile, so no fixed +1).
    const published = e2eDb().select().from(s.assessmentCycles).where(eq(s.assessmentCycles.id, cycle.id)).get()!;
    const snapshot = e2eDb().select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.id, published.publishedSnapshotId!)).get()!;
    const scored = e2eDb()
      .select()
      .from(s.officialScores)
      .where(and(eq(s.officialScores.snapshotId, snapshot.id), eq(s.officialScores.officialId, official.id)))
      .get();
    expect(scored).toBeTruthy();
    const after = total(await (await page.request.get(`/api/v1/assessment/${year}`)).json());
    expect(after).toBe(snapshot.officialsScored);
    expect(after).toBeGreaterThan(total(publicBefore));

    await page.goto(`/staff/assessment/${cycle.id}`);
    await expect(page.getByTestId('score-table')).toBeVisible();
    await page.goto(`/staff/assessment/${cycle.id}/officials/${official.id}`);
    const weighted = await page.locator('[data-testid^="weighted-"]').allInnerTexts();
    const cents = weighted.filter((w) => w !== '—').reduce((sum, w) => sum + Math.round(Number(w) * 100), 0);
    expect((cents / 100).toFixed(2)).toBe(await page.getByTestId('composite').innerText());
    const records = page.getByTestId('records-inspection');
    await expect(records.getByRole('link', { name: '老旧小区改造点' })).toHaveAttribute('href', `/staff/inspections/${inspection.id}`);
    await expect(page.getByText('1 条记录，按记录重新计算的原始值为 5.00。')).toBeVisible();
    // Only the inspection has records here: the residents' share is below its floor, and the page says so.
    await expect(page.getByTestId('residents-short')).toContainText('实际权重为 0%，低于规定的下限 40%');
    // 100 points clear the 优秀 line, but without residents' opinion the grade is 称职, and the page says why.
    await expect(page.getByTestId('composite')).toHaveText('100.00');
    await expect(page.getByTestId('summary')).toContainText('称职');
    await expect(page.getByTestId('summary')).not.toContainText('优秀');
    await expect(page.getByTestId('residents-barred')).toContainText('综合得分 100.00 达到了优秀分数线 90');

    // An outcome citing this result is recorded, corrected, then withdrawn; it stays listed, struck through.
    await page.locator('#out-kind').selectOption({ label: '表彰奖励' });
    await page.locator('#out-decidedOn').fill(`${year}-12-31`);
    await page.locator('#out-note').fill('通报表扬');
    await page.getByRole('button', { name: '记录结果运用' }).click();
    const item = page.getByTestId('outcomes').getByRole('listitem');
    await expect(item).toContainText(`${year}-12-31 · 表彰奖励：通报表扬`);
    // The forms sit in a disclosure, which stays open across the page refresh after saving.
    const openForms = async () => {
      if (!(await item.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await item.getByText('更正 / 撤销').click();
    };
    await openForms();
    await item.getByLabel('类型').selectOption({ label: '提拔任用' });
    await item.getByLabel('说明').fill('提拔为社区主任');
    await item.getByRole('button', { name: '保存更正' }).click();
    await expect(item).toContainText(`${year}-12-31 · 提拔任用：提拔为社区主任`);
    await openForms();
    await item.getByRole('link', { name: '撤销这条记录…' }).click();
    const panel = page.getByTestId('confirm');
    await expect(panel).toContainText('不能恢复为有效');
    await panel.getByLabel('撤销原因').fill('任用程序未完成');
    await panel.getByRole('button', { name: '撤销这条记录' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 已撤销这条记录。');
    await expect(item.getByText('已撤销')).toBeVisible();
    await expect(item).toContainText('任用程序未完成');
    await expect(item.getByRole('button', { name: '保存更正' })).toHaveCount(0);

    const xlsx = await page.request.get(`/api/staff/assessment/${cycle.id}/export?format=xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  });

  test('unit staff see only their street’s officials, in pages and exports, and nothing outside it', async ({ page, context }) => {
    await signInAs(context, demoUsernames.unit_staff);
    const cycle = seededCycle();
    const [own, other] = streetsList();
    const inOwn = e2eDb()
      .select({ id: s.officials.id })
      .from(s.officials)
      .innerJoin(s.units, eq(s.units.id, s.officials.unitId))
      .where(like(s.units.path, `${own!.path}%`))
      .all().length;
    await page.goto(`/staff/assessment/${cycle.id}`);
    await expect(page.getByTestId('score-table').locator('tbody tr')).toHaveCount(inOwn);
    const csv = await page.request.get(`/api/staff/assessment/${cycle.id}/export?format=csv`);
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(inOwn + 1);
    expect((await page.request.get(`/api/staff/assessment/${cycle.id}/export?unit=${other!.id}`)).status()).toBe(403);
    expect((await page.goto(`/staff/assessment/${cycle.id}/officials/${officialIn(other!.path).id}`))?.status()).toBe(403);
    expect((await page.goto(`/staff/assessment/${cycle.id}?unit=${other!.id}`))?.status()).toBe(403);
    expect((await page.goto(`/staff/assessment/${cycle.id}/config`))?.status()).toBe(403);
  });

  for (const role of ['inspector', 'surveyor'] as const) {
    test(`the ${role} never sees a composite score: every score page, export and API answers 403`, async ({ page, context }) => {
      await signInAs(context, demoUsernames[role]);
      const cycle = seededCycle();
      const official = officialIn(streetsList()[0]!.path);
      for (const path of [
        '/staff/assessment',
        `/staff/assessment/${cycle.id}`,
        `/staff/assessment/${cycle.id}/config`,
        `/staff/assessment/${cycle.id}/officials/${official.id}`,
        `/staff/assessment/${cycle.id}/officials/${official.id}/print`,
      ])
        expect((await page.goto(path))?.status(), path).toBe(403);
      expect((await page.request.get(`/api/staff/assessment/${cycle.id}/export?format=csv`)).status()).toBe(403);
      const post = await page.request.post(`/api/staff/assessment/${cycle.id}/compute`, { headers: { origin: BASE } });
      expect(post.status()).toBe(403);
    });
  }

  test('a viewer reads dashboards and configuration but changes nothing', async ({ page, context }) => {
    await signInAs(context, demoUsernames.viewer);
    const cycle = seededCycle();
    await page.goto(`/staff/assessment/${cycle.id}/config`);
    await expect(page.getByRole('heading', { name: '指标与权重' })).toBeVisible();
    await expect(page.getByRole('button', { name: '开始计算' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '保存指标' })).toHaveCount(0);
    const before = e2eDb().select().from(s.scoreSnapshots).all().length;
    const post = await page.request.post(`/api/staff/assessment/${cycle.id}/compute`, { headers: { origin: BASE } });
    expect(post.status()).toBe(403);
    expect(e2eDb().select().from(s.scoreSnapshots).all()).toHaveLength(before);
    await page.goto(`/staff/assessment/${cycle.id}`);
    await expect(page.getByRole('heading', { name: '与上一周期相比' })).toBeVisible();
    await expect(page.getByText(`对比 ${year - 1} 年度考核`)).toBeVisible();
  });

  test('the public page shows only what was published: the grade distribution, no scores', async ({ page }) => {
    // From any page's footer to the published years, where last year's unpublished cycle is not listed.
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: '干部考核公示' }).click();
    await expect(page.getByTestId('assessment-years').getByRole('link')).toHaveText([`${year} 年`]);
    await page.getByRole('link', { name: `${year} 年` }).click();
    await expect(page).toHaveURL(`/assessment/${year}`);
    await expect(page.getByTestId('public-distribution')).toBeVisible();
    await expect(page.getByText('综合得分')).toHaveCount(0);
    await expect(page.getByTestId('public-excellent')).toHaveCount(0);
    expect((await page.goto(`/assessment/${year - 1}`))?.status()).toBe(404);
    const api = await page.request.get(`/api/v1/assessment/${year}`);
    expect(api.status()).toBe(200);
    const body = await api.json();
    expect(body.cycles[0].distribution).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/composite|rank/i);
    expect((await page.request.get(`/api/v1/assessment/${year - 1}`)).status()).toBe(404);
  });
});
