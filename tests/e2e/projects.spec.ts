import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import * as s from '../../db/schema';
import { computeCycle } from '../../lib/assessment/compute';
import { e2eDb, expect, signInAs, streetId, test } from './fixtures';

test('a livelihood project from proposal through the deputies’ vote to a completed, rated project, counted in the assessment', async ({
  browser,
  page: resident,
}) => {
  test.setTimeout(240_000);
  const year = 2050 + Math.floor(Math.random() * 50);
  const title = `测试加装电梯${year}`;
  const organizerContext = await browser.newContext();
  await signInAs(organizerContext, 'organizer');
  const organizer = await organizerContext.newPage();

  // The organizer opens a district call decided by deputies; the rule is published with it.
  await organizer.goto('/staff/projects');
  await organizer.locator('summary', { hasText: '新建年度征集' }).click();
  await organizer.getByLabel('年份').fill(String(year));
  await organizer.getByLabel('标题').fill(`${year} 年民生实事项目（测试）`);
  await organizer.getByLabel('预算（万元）').fill('800');
  await organizer.getByText('人大代表票决').first().click();
  await organizer.getByRole('button', { name: '新建' }).click();
  await expect(organizer).toHaveURL(/\/staff\/projects\/calls\/\d+$/);
  const callId = Number(organizer.url().split('/').pop());
  await organizer.getByRole('button', { name: '公布规则，开始征集' }).click();
  await expect(organizer.getByTestId('call-stage')).toContainText('征集项目');

  // The street's community office hands out proposal codes.
  const streetContext = await browser.newContext();
  await signInAs(streetContext, 'street');
  const street = await streetContext.newPage();
  await street.goto(`/staff/projects/calls/${callId}`);
  await street.locator('summary', { hasText: '发放项目建议码' }).click();
  await street.getByLabel('数量').fill('2');
  await street.getByRole('button', { name: '生成' }).click();
  await expect(street.getByTestId('issued-codes').locator('li')).toHaveCount(2);
  const codes = (await street.getByTestId('issued-codes').locator('li').allTextContents()).map((c) => c.trim());

  // A resident proposes with a code; a second code with the same title is refused, nothing stored.
  await resident.goto(`/projects/calls/${callId}/propose`);
  await resident.getByLabel('项目建议码').fill(codes[0]!);
  await resident.getByLabel('项目名称').fill(title);
  await resident.getByLabel('解决什么问题').fill('楼里多是老人，上下六楼很难，希望加装电梯。');
  await resident.getByRole('button', { name: '提交项目建议' }).click();
  await expect(resident.getByTestId('propose-form-done')).toContainText('项目建议已收到');
  await resident.reload();
  await resident.getByLabel('项目建议码').fill(codes[1]!);
  await resident.getByLabel('项目名称').fill(` ${title}！`);
  await resident.getByLabel('解决什么问题').fill('同样的事情，又提了一遍。');
  await resident.getByRole('button', { name: '提交项目建议' }).click();
  await expect(resident.locator('main').getByRole('alert')).toContainText('已经有同名的项目建议');
  expect(e2eDb().select().from(s.projectProposals).where(eq(s.projectProposals.callId, callId)).all()).toHaveLength(1);

  // A deputy proposes too.
  const deputyContext = await browser.newContext();
  await signInAs(deputyContext, 'deputy');
  const deputy = await deputyContext.newPage();
  await deputy.goto(`/staff/projects/calls/${callId}`);
  await deputy.locator('summary', { hasText: '登记项目建议' }).click();
  await deputy.getByLabel('项目名称').fill(`测试口袋公园${year}`);
  await deputy.getByLabel('解决什么问题').fill('附近没有可以散步休息的地方。');
  await deputy.getByTestId('staff-propose-form').getByRole('button', { name: '登记项目建议' }).click();
  await expect(deputy.getByText('项目建议已登记')).toBeVisible();

  // The organizer screens both with public reasons, then opens the vote.
  await organizer.reload();
  for (const p of e2eDb().select().from(s.projectProposals).where(eq(s.projectProposals.callId, callId)).all()) {
    const item = organizer.getByTestId(`proposal-${p.id}`);
    await item.locator('summary', { hasText: '筛选' }).click();
    await item.getByLabel('理由（公开）').fill('群众需求集中，可以实施。');
    await item.getByLabel('估算金额（万元，可行时必填）').fill(p.title === title ? '300' : '200');
    await item.getByLabel('责任单位（可行时必填）').selectOption(String(streetId()));
    await item.getByRole('button', { name: '保存筛选结果' }).click();
    await expect(item.getByText('群众需求集中，可以实施。').first()).toBeVisible();
  }
  await organizer.getByRole('button', { name: '结束征集，开始筛选' }).click();
  await expect(organizer.getByTestId('call-stage')).toContainText('筛选论证');
  await organizer.getByRole('button', { name: '开始票决' }).click();
  await expect(organizer.getByTestId('call-stage')).toContainText('票决中');
  const lift = e2eDb()
    .select()
    .from(s.projectProposals)
    .where(and(eq(s.projectProposals.callId, callId), eq(s.projectProposals.title, title)))
    .get()!;

  // A majority of the call's deputies (fixed when the vote opened) vote the lift for and the park against.
  const seated = e2eDb()
    .select({ username: s.staff.username })
    .from(s.callDeputies)
    .innerJoin(s.staff, eq(s.staff.id, s.callDeputies.deputyId))
    .where(eq(s.callDeputies.callId, callId))
    .all();
  const majority = Math.floor(seated.length / 2) + 1;
  for (const { username } of seated.slice(0, majority)) {
    const context = await browser.newContext();
    await signInAs(context, username);
    const page = await context.newPage();
    await page.goto(`/staff/projects/calls/${callId}`);
    const form = page.getByTestId('deputy-vote-form');
    const fieldsets = form.locator('.field');
    await fieldsets.filter({ hasText: title }).getByLabel('赞成').check();
    await fieldsets.filter({ hasText: '口袋公园' }).getByLabel('反对').check();
    await form.getByRole('button', { name: '提交我的投票' }).click();
    await expect(page.getByText('您的投票已记录')).toBeVisible();
    await context.close();
  }
  await organizer.reload();
  await organizer.getByRole('button', { name: '结束票决，按规则计算并公布结果' }).click();
  await expect(organizer.getByTestId('call-stage')).toContainText('已确定');
  await expect(organizer.getByText('结果已按规则计算并公布')).toBeVisible();

  // The public call page shows the result with its counts and each deputy's vote by name.
  await resident.goto(`/projects/calls/${callId}`);
  await expect(resident.getByTestId('call-rule')).toContainText(`${seated.length} 名`);
  const row = resident.getByTestId('call-result').getByRole('row', { name: new RegExp(title) });
  await expect(row.getByRole('cell')).toHaveText([title, '300 万元', String(majority), '0', '入选']);
  await expect(resident.getByTestId('deputy-votes')).toContainText('苏明远');
  const project = e2eDb().select().from(s.projects).where(eq(s.projects.proposalId, lift.id)).get()!;

  // Unit staff plan the project: a milestone before its start is refused; progress with a photo; a file that is not an image is refused.
  await street.goto(`/staff/projects/${project.id}`);
  await street.locator('summary', { hasText: '计划、负责干部和服务范围' }).click();
  const plan = street.getByTestId('plan-form');
  await plan.getByLabel('开工日期').fill('2026-03-01');
  await plan.getByLabel('计划完工日期').fill('2026-10-31');
  await plan.locator('input[name="officials[]"]').first().check();
  await plan.getByRole('button', { name: '保存' }).click();
  await expect(plan.getByText('已保存')).toBeVisible();
  const milestone = street.getByTestId('milestone-form');
  await milestone.getByLabel('节点名称').fill('方案公示');
  await milestone.getByLabel('计划日期').fill('2026-02-01');
  await milestone.getByRole('button', { name: '新增节点' }).click();
  await expect(milestone.getByRole('alert')).toContainText('早于项目开工日期');
  expect(e2eDb().select().from(s.projectMilestones).where(eq(s.projectMilestones.projectId, project.id)).all()).toHaveLength(0);
  await milestone.getByLabel('计划日期').fill('2026-04-01');
  await milestone.getByLabel('实际完成日期').fill('2026-04-10');
  await milestone.getByRole('button', { name: '新增节点' }).click();
  await expect(street.getByTestId('milestones')).toContainText('晚了 9 天完成');

  const progress = street.getByTestId('progress-form');
  await progress.getByLabel('进展情况（公开）').fill('井道开挖完成');
  await progress
    .getByLabel('照片（可以不传）')
    .setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
  await progress.getByRole('button', { name: '报告进展' }).click();
  await expect(progress.getByRole('alert')).toContainText('不是图片');
  const png = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#88aacc' } })
    .png()
    .toBuffer();
  await progress.getByLabel('照片（可以不传）').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: png });
  await progress.getByLabel('照片说明').fill('井道');
  await progress.getByRole('button', { name: '报告进展' }).click();
  await expect(street.getByText('进展已公开')).toBeVisible();

  const complete = street.getByTestId('complete-form');
  await complete.getByLabel('完工说明（公开）').fill('电梯已投入使用');
  await complete.getByLabel('住户评价截止日期').fill('2099-12-31');
  await complete.getByRole('button', { name: '确认完工' }).click();
  await expect(street.getByTestId('rating-codes-form')).toBeVisible();
  await street.getByTestId('rating-codes-form').getByRole('button', { name: '生成' }).click();
  await expect(street.getByTestId('issued-codes').locator('li').first()).toBeVisible({ timeout: 30_000 });
  const ratingCode = (await street.getByTestId('issued-codes').locator('li').first().textContent())!.trim();

  // The resident sees the project in public, with the photo, and rates it with the household's code.
  await resident.goto(`/projects/${project.id}`);
  await expect(resident.getByTestId('project-status')).toContainText('已完工');
  await expect(resident.getByRole('img', { name: '井道' })).toBeVisible();
  await expect(resident.getByTestId('timeline')).toContainText('完工');
  await resident.getByLabel('评价码').fill(ratingCode);
  await resident.getByText('4 分 · 满意').click();
  await resident.getByRole('button', { name: '提交评价' }).click();
  await expect(resident.getByTestId('rate-form-done')).toContainText('谢谢您的评价');
  await resident.reload();
  await expect(resident.getByTestId('rating-summary')).toContainText('平均 4 分');

  // The assessment's new source counts the milestone and the rating for the official, traced to the project.
  const officialId = e2eDb().select().from(s.projectOfficials).where(eq(s.projectOfficials.projectId, project.id)).get()!.officialId;
  const cycle = e2eDb()
    .insert(s.assessmentCycles)
    .values({
      name: `民生实事测试 ${year}`,
      year: 2026,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      residentsFloor: 0,
      gradeThresholds: { excellent: 90, competent: 75, basic: 60 },
    })
    .returning()
    .get();
  e2eDb()
    .insert(s.indicators)
    .values([
      {
        cycleId: cycle.id,
        code: 'pm',
        name: '节点按期',
        weight: 50,
        source: 'projects',
        metric: 'milestonesOnTime',
        normalization: { kind: 'identity' },
        position: 0,
      },
      {
        cycleId: cycle.id,
        code: 'ps',
        name: '住户满意',
        weight: 50,
        source: 'projects',
        metric: 'satisfaction',
        normalization: { kind: 'linear', min: 1, max: 5 },
        position: 1,
      },
    ])
    .run();
  expect(await computeCycle(e2eDb(), cycle.id, null)).toMatchObject({ ok: true });
  await organizer.goto(`/staff/assessment/${cycle.id}/officials/${officialId}`);
  await expect(organizer.locator('main')).toContainText('民生实事项目');
  await expect(organizer.getByRole('link', { name: new RegExp(`${title} · 方案公示`) })).toHaveAttribute('href', `/projects/${project.id}`);
  await expect(organizer.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/projects/${project.id}`);
  for (const c of [organizerContext, streetContext, deputyContext]) await c.close();
});
