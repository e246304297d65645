import { eq } from 'drizzle-orm';
import type { APIRequestContext, Page } from '@playwright/test';
import { units } from '../../db/schema';
import { e2eDb, expect, signInAs, test } from './fixtures';

const chunhui = () => e2eDb().select().from(units).where(eq(units.name, '春晖街道')).get()!;

/** A request of this test's own, filed as a resident would, in the street staff's unit. */
async function fileRequest(request: APIRequestContext) {
  const community = e2eDb().select().from(units).where(eq(units.parentId, chunhui().id)).get()!;
  const created = await request.post('/api/v1/requests', {
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${1 + Math.floor(Math.random() * 250)}` },
    data: { category: 'sanitation', community: community.id, description: '楼道灯坏了一个星期了，晚上看不见台阶' },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).number as string;
}

const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

test.describe('every staff action says what happened, where the eye is', () => {
  test('a status change names the new status beside the controls, in view and in focus', async ({ page, context, request }) => {
    const number = await fileRequest(request);
    await signInAs(context, 'street');
    await page.goto(`/staff/requests/${number}`);
    await page.getByLabel('或分派给单位').selectOption({ index: 1 });
    await page.getByRole('button', { name: '分派', exact: true }).click();
    const done = page.locator('#done');
    await expect(done).toBeFocused();
    await expect(done).toHaveText(/这条诉求现在的状态是：已分派/);
    expect(await onScreen(page, '#done')).toBe(true);
    await expect(page.getByTestId('staff-request-status')).toContainText('已分派');
  });

  test('a refused form opens an error summary that takes focus and links to the field, which shows its own error', async ({
    page,
    context,
  }) => {
    await signInAs(context, 'admin');
    await page.goto('/staff/units');
    const form = page.locator('form', { has: page.getByRole('heading', { name: '新建单位' }) });
    await form.getByRole('button', { name: '新建' }).click();
    const summary = form.locator('.error-summary');
    await expect(summary).toBeFocused();
    const link = summary.getByRole('link', { name: /名称：此项必填/ });
    await link.click();
    await expect(form.getByLabel('名称', { exact: true })).toBeFocused();
    await expect(form.locator('.field-error').filter({ has: page.getByLabel('名称', { exact: true }) })).toContainText('此项必填');
  });

  test('staff give an English name; English pages show it, Chinese pages keep the Chinese', async ({ page, context }) => {
    await signInAs(context, 'admin');
    // The last of the demo's 60 communities: other tests add communities of their own after them
    // (some without the household count a community must have to be saved).
    const community = e2eDb().select().from(units).where(eq(units.kind, 'community')).orderBy(units.id).limit(60).all().at(-1)!;
    await page.goto('/staff/units');
    const tr = page.locator('tbody tr').filter({ has: page.locator(`input[name=id][value="${community.id}"]`) });
    await tr.locator('summary').click();
    const row = tr.locator('form');
    await row.getByLabel('英文名称（选填）').fill('Tingtao Garden Community');
    await row.getByRole('button', { name: '保存' }).click();
    await expect(row.getByRole('status')).toContainText('已保存');
    expect(e2eDb().select().from(units).where(eq(units.id, community.id)).get()!.nameEn).toBe('Tingtao Garden Community');
    await page.goto(`/en/communities/${community.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tingtao Garden Community');
    await page.goto(`/communities/${community.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(community.name);
  });

  test('on a phone the request list reads as cards, with dates that carry the year', async ({ page, context }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(context, 'street');
    await page.goto('/staff/requests');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const card = page.locator('table.stack tbody tr').first();
    expect((await card.locator('td[data-label]').first().boundingBox())!.width).toBeGreaterThan(100);
    await expect(
      card
        .locator('td')
        .filter({ hasText: /\d{4}年\d{1,2}月\d{1,2}日/ })
        .first(),
    ).toBeVisible();
  });
});

test.describe('staff forms without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refusal comes back from the plain POST with the summary in focus; a success shows beside the button', async ({
    page,
    context,
  }) => {
    await signInAs(context, 'admin');
    await page.goto('/staff/units');
    const form = page.locator('form', { has: page.getByRole('heading', { name: '新建单位' }) });
    await form.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('此项必填');
  });
});
