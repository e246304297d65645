// The projects pages one at a time: the residents' ballot, the photo limit, English. The whole
// journey from proposal to a rated project is projects.spec.ts.
import { and, eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { BASE, e2eDb, expect, signInAs, streetId, test } from './fixtures';

test('the residents’ ballot shows each cost beside the budget, refuses an over-budget choice and a ballot without a code before sealing anything', async ({
  page,
}) => {
  const call = e2eDb()
    .select()
    .from(s.projectCalls)
    .where(and(eq(s.projectCalls.mode, 'residents'), eq(s.projectCalls.stage, 'voting')))
    .get()!;
  await page.goto(`/projects/calls/${call.id}/ballot`);
  await expect(page.getByTestId('ballot-total')).toContainText('年度预算 300 万元');
  for (const name of ['楼道扶手加装', '社区书屋', '非机动车充电棚']) await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  await expect(page.getByTestId('ballot-total')).toContainText('超出年度预算');
  // At most K: the fourth box cannot be ticked.
  await expect(page.getByRole('checkbox', { name: /健身器材更新/ })).toBeDisabled();
  await page.getByRole('button', { name: '提交选票' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('超过了年度预算');
  await page.getByRole('checkbox', { name: /非机动车充电棚/ }).uncheck();
  await page.getByRole('button', { name: '提交选票' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('投票码的格式不对');
});

test('a photo over the limit gets the “too large” message: in the browser before anything is sent, and 413 from the server, never a 500', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext();
  await signInAs(context, 'street');
  const page = await context.newPage();
  const project = e2eDb()
    .select()
    .from(s.projects)
    .where(and(eq(s.projects.responsibleUnitId, streetId()), eq(s.projects.status, 'in_progress')))
    .get()!;
  const updates = () => e2eDb().select().from(s.projectUpdates).where(eq(s.projectUpdates.projectId, project.id)).all().length;
  const before = updates();
  await page.goto(`/staff/projects/${project.id}`);
  let posted = false;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action']) posted = true;
  });
  const progress = page.getByTestId('progress-form');
  await progress.getByLabel('进展情况（公开）').fill('外立面施工中');
  await progress
    .getByLabel('照片（可以不传）')
    .setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(9 * 1024 * 1024, 1) });
  await progress.getByRole('button', { name: '报告进展' }).click();
  await expect(progress.getByRole('alert')).toContainText('照片太大');
  await expect(progress.locator('.field-error')).toContainText('照片太大');
  expect(posted).toBe(false);
  expect(updates()).toBe(before);
  await context.close();

  // A client that skips the page's check (or has no JavaScript) is answered by the server: 413, in the page's language.
  const boundary = '----minping-big';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    Buffer.alloc(11 * 1024 * 1024, 1),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  for (const [path, words] of [
    [`/staff/projects/${project.id}`, '提交的内容太大'],
    [`/en/staff/projects/${project.id}`, 'too large'],
  ] as const) {
    const answer = await request.post(path, {
      headers: { origin: BASE, 'next-action': '0'.repeat(42), 'content-type': `multipart/form-data; boundary=${boundary}` },
      data: body,
      failOnStatusCode: false,
    });
    expect(answer.status()).toBe(413);
    expect(await answer.text()).toContain(words);
  }
  expect(updates()).toBe(before);
});

test('the projects pages in English: English words, links that stay in English, Chinese at the unprefixed address', async ({ page }) => {
  const project = e2eDb().select().from(s.projects).where(eq(s.projects.status, 'completed')).get()!;
  await page.goto('/en/projects');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Livelihood projects');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const link = page.getByRole('link', { name: project.title }).first();
  await expect(link).toHaveAttribute('href', `/en/projects/${project.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/projects/${project.id}$`));
  await expect(page.getByTestId('project-status')).toContainText(/completed/i);
  await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: '← Livelihood projects' })).toHaveAttribute('href', '/en/projects');
  await page.goto(`/projects/${project.id}`);
  await expect(page.getByTestId('project-status')).toContainText('已完工');
});
