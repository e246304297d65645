import { devices } from '@playwright/test';
import { and, eq, sql } from 'drizzle-orm';
import { officials, requests, units } from '../../db/schema';
import { e2eDb, expect, signInAs, test } from './fixtures';

// Phone-sized, without the browser choice that would force a new worker.
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];
const json = (ip: string) => ({ 'x-forwarded-for': ip, 'content-type': 'application/json' });
const streetId = () => e2eDb().select().from(units).where(eq(units.name, '春晖街道')).get()!.id;
const firstCommunity = (parentId: number) => e2eDb().select().from(units).where(eq(units.parentId, parentId)).get()!;

test.describe('a resident files a request and follows it to confirmation', () => {
  test.use(phone);

  test('file on a phone, staff assign and resolve, the resident confirms with the key', async ({ page, browser }) => {
    const community = firstCommunity(streetId());
    await page.goto('/requests');
    await page.getByLabel('什么方面的事').selectOption('sanitation');
    await page.getByLabel('在哪个社区').selectOption(String(community.id));
    await page.getByLabel('请说说是什么事').fill('3号楼门口垃圾桶满了三天没人清运');
    await page.getByLabel('怎么称呼您').fill('测试居民甲');
    await page.getByLabel('电话').fill('13911112222');
    await page.getByRole('button', { name: '提交诉求' }).click();
    await expect(page.getByText('您的诉求已收到')).toBeVisible();
    const number = (await page.getByTestId('request-number').textContent())!.trim();
    const key = (await page.getByTestId('request-key').textContent())!.trim();
    expect(number).toMatch(/^\d{4}-\d{6}$/);

    await page.getByRole('link', { name: '查看办理进度' }).click();
    await expect(page.getByTestId('request-status')).toContainText('已受理');
    const publicText = await page.locator('main').innerText();
    for (const hidden of ['测试居民甲', '13911112222', '垃圾桶满了']) expect(publicText).not.toContain(hidden);

    const staffContext = await browser.newContext();
    await signInAs(staffContext, 'street');
    const staffPage = await staffContext.newPage();
    const id = e2eDb().select().from(requests).where(eq(requests.number, number)).get()!.id;
    const official = e2eDb()
      .select()
      .from(officials)
      .where(and(eq(officials.unitId, community.id), eq(officials.active, true)))
      .get()!;
    // An old numeric address lands on the canonical one, the tracking number.
    await staffPage.goto(`/staff/requests/${id}`);
    await expect(staffPage).toHaveURL(new RegExp(`/staff/requests/${number}$`));
    await expect(staffPage.getByText('测试居民甲 · 13911112222')).toBeVisible();
    await staffPage.getByLabel('分派给干部').selectOption(String(official.id));
    await staffPage.getByRole('button', { name: '分派', exact: true }).click();
    await expect(staffPage.getByTestId('staff-request-status')).toContainText('已分派');
    await staffPage.getByLabel('办了什么').fill('已安排保洁当天清运，并增加一个垃圾桶');
    await staffPage.getByRole('button', { name: '办结' }).click();
    await expect(staffPage.getByTestId('staff-request-status')).toContainText('已办结');
    await staffContext.close();

    await page.reload();
    await expect(page.getByTestId('request-status')).toContainText('已办结，待居民确认');
    await expect(page.getByTestId('request-history')).toContainText('已安排保洁当天清运');
    await page.getByLabel('确认码').fill('ZZZZ-ZZZZ-ZZ');
    await page.getByText('4 分 · 满意').click();
    await page.getByRole('button', { name: '确认办好了' }).click();
    await expect(page.locator('.error-summary')).toContainText('确认码不对');
    await page.getByLabel('确认码').fill(key.toLowerCase());
    await page.getByText('4 分 · 满意').click();
    await page.getByRole('button', { name: '确认办好了' }).click();
    await expect(page.getByText('谢谢您的评价')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('request-status')).toContainText('居民已确认');
    expect(e2eDb().select().from(requests).where(eq(requests.id, id)).get()).toMatchObject({ status: 'confirmed', satisfaction: 4 });
  });
});

test.describe('night talks on a phone', () => {
  test.use(phone);

  test('street staff record a visit with the officials present and a request heard, and get its slip', async ({ page, context }) => {
    await signInAs(context, 'street');
    const community = firstCommunity(streetId());
    await page.goto('/staff/night-talks/new');
    await page.getByLabel('社区').selectOption(String(community.id));
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('见到的居民人数').fill('6');
    await page.locator('input[name^="official."]').first().check();
    await page.locator('#req-cat-0').selectOption('utilities');
    await page.locator('#req-desc-0').fill('暖气不热，屋里只有十四度');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存这次夜话')).toBeVisible();
    const slip = (await page.getByTestId('night-talk-slips').innerText()).trim();
    const number = /\d{4}-\d{6}/.exec(slip)![0];
    expect(e2eDb().select().from(requests).where(eq(requests.number, number)).get()).toMatchObject({
      channel: 'night_talk',
      communityId: community.id,
      description: '暖气不热，屋里只有十四度',
    });
  });
});

test.describe('the requests API', () => {
  test('POST files and answers number and key; GET shows status and history without personal data', async ({ request }) => {
    const community = firstCommunity(streetId());
    const created = await request.post('/api/v1/requests', {
      headers: json('10.9.0.1'),
      data: {
        category: 'roads',
        community: community.id,
        description: '路口红绿灯太短老人过不去',
        contactName: '接口居民乙',
        contactPhone: '13700000000',
      },
    });
    expect(created.status()).toBe(201);
    expect(created.headers()['access-control-allow-origin']).toBe('*');
    const { number, key } = await created.json();
    expect(key).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    const shown = await request.get(`/api/v1/requests/${number}`);
    expect(shown.status()).toBe(200);
    const body = await shown.text();
    for (const hidden of ['接口居民乙', '13700000000', '红绿灯太短', key, 'contact', 'description']) expect(body).not.toContain(hidden);
    expect(JSON.parse(body)).toMatchObject({ number, status: 'received', channel: 'api', category: { code: 'roads' }, overdue: null });

    const bad = await request.post('/api/v1/requests', { headers: json('10.9.0.1'), data: '{not json' });
    expect(bad.status()).toBe(400);
    const invalid = await request.post('/api/v1/requests', {
      headers: json('10.9.0.1'),
      data: { category: 'roads', community: 'x', description: '' },
    });
    expect(invalid.status()).toBe(422);
    expect(await invalid.json()).toMatchObject({
      error: 'invalid',
      fields: { community: expect.any(Array), description: expect.any(Array) },
    });
    expect((await request.get('/api/v1/requests/2026-999999')).status()).toBe(404);
  });
});

test.describe('staff lists', () => {
  test('overdue requests are marked in words as well as colour; unit staff see only their street', async ({ page, context }) => {
    await signInAs(context, 'street');
    await page.goto('/staff/requests?overdue=1');
    const firstRow = page.locator('tbody tr').first();
    await expect(firstRow).toContainText(/逾期未(响应|办结)/);
    await expect(firstRow).toHaveAttribute('data-overdue', /respond|resolve/);

    const otherStreet = e2eDb()
      .select()
      .from(units)
      .where(and(eq(units.kind, 'street'), sql`${units.name} != '春晖街道'`))
      .get()!;
    const foreign = e2eDb()
      .select({ id: requests.id, number: requests.number })
      .from(requests)
      .innerJoin(units, eq(units.id, requests.communityId))
      .where(
        and(eq(units.parentId, otherStreet.id), sql`${requests.assignedUnitId} is null or ${requests.assignedUnitId} != ${streetId()}`),
      )
      .get()!;
    expect((await page.goto(`/staff/requests/${foreign.number}`))!.status()).toBe(404);
    expect((await page.goto(`/staff/requests/${foreign.id}`))!.status()).toBe(404);
    expect((await page.goto('/staff/requests/not-a-number'))!.status()).toBe(404);
  });
});

test.describe('metrics trace to their requests', () => {
  test('an official’s figures link to lists of exactly that many requests, filtered by a clearable chip', async ({ page, context }) => {
    await signInAs(context, 'street');
    await page.goto('/staff/requests/metrics');
    const row = page.locator('tbody tr').first();
    const name = (await row.locator('td').first().innerText()).split('\n')[0]!.trim();
    for (const metric of ['received', 'handled']) {
      const link = row.locator(`a[data-metric="${metric}"]`);
      const figure = Number((await link.innerText()).trim());
      await link.click();
      await expect(page.getByTestId('active-filters')).toContainText(`经办干部：${name}`);
      await expect(page.locator('caption')).toContainText(`共 ${figure} 件`);
      await expect(page.locator('tbody tr')).toHaveCount(Math.min(figure, 50));
      if (figure > 0) await expect(page.locator('tbody tr').first()).toContainText(name);
      await page.goBack();
    }
    await row.locator('a[data-metric="handled"]').click();
    await page.getByRole('link', { name: `去掉筛选：经办干部：${name}` }).click();
    await expect(page).not.toHaveURL(/official=/);
    await expect(page).toHaveURL(/year=\d{4}/);
    await expect(page.getByTestId('active-filters')).not.toContainText('经办干部');
  });
});

test.describe('staff record a request taken by phone', () => {
  test.use(phone);

  test('the request is filed with channel staff and the number and key are shown to read out', async ({ page, context }) => {
    await signInAs(context, 'street');
    const community = firstCommunity(streetId());
    await page.goto('/staff/requests');
    await page.getByRole('link', { name: '登记诉求' }).click();
    await page.getByLabel('在哪个社区').selectOption(String(community.id));
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.getByLabel('在哪个社区')).toHaveValue(String(community.id));
    await page.getByLabel('类别').selectOption('safety');
    await page.getByLabel('居民反映的事').fill('来电：7号楼消防通道被车堵住');
    await page.getByLabel('居民电话（可不填）').fill('13500001111');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const slip = page.getByTestId('recorded-slip');
    await expect(slip).toContainText('已登记');
    const number = /\d{4}-\d{6}/.exec(await slip.innerText())![0];
    expect(e2eDb().select().from(requests).where(eq(requests.number, number)).get()).toMatchObject({
      channel: 'staff',
      communityId: community.id,
      contactPhone: '13500001111',
    });
    await slip.getByRole('link', { name: '查看这件诉求' }).click();
    await expect(page.getByText('来电：7号楼消防通道被车堵住')).toBeVisible();
    await expect(page.getByText('工作人员登记')).toBeVisible();
  });
});

test.describe('night talks without JavaScript', () => {
  test.use({ ...phone, javaScriptEnabled: false });

  test('a refused visit comes back with every request row and ticked official as typed', async ({ page, context }) => {
    await signInAs(context, 'street');
    const community = firstCommunity(streetId());
    await page.goto(`/staff/night-talks/new?community=${community.id}`);
    const official = page.locator('input[name^="official."]').first();
    await official.check();
    await page.locator('#req-cat-0').selectOption('roads');
    await page.locator('#req-desc-0').fill('路口没有斑马线，老人过马路害怕');
    await page.locator('#req-name-0').fill('孙大爷');
    // The second row is refused: a description too short to act on.
    await page.locator('#req-cat-1').selectOption('other');
    await page.locator('#req-desc-1').fill('吵');
    await page.locator('#req-phone-1').fill('13600002222');
    const before = e2eDb()
      .select({ n: sql<number>`count(*)` })
      .from(requests)
      .get()!.n;
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.locator('#req-cat-0')).toHaveValue('roads');
    await expect(page.locator('#req-desc-0')).toHaveValue('路口没有斑马线，老人过马路害怕');
    await expect(page.locator('#req-name-0')).toHaveValue('孙大爷');
    await expect(page.locator('#req-cat-1')).toHaveValue('other');
    await expect(page.locator('#req-desc-1')).toHaveValue('吵');
    await expect(page.locator('#req-phone-1')).toHaveValue('13600002222');
    await expect(page.locator('input[name^="official."]').first()).toBeChecked();
    // The error sits on the row it belongs to.
    await expect(page.locator('fieldset', { has: page.locator('#req-desc-1') }).locator('.error-text')).toBeVisible();
    await expect(page.locator('fieldset', { has: page.locator('#req-desc-0') }).locator('.error-text')).toHaveCount(0);
    expect(
      e2eDb()
        .select({ n: sql<number>`count(*)` })
        .from(requests)
        .get()!.n,
    ).toBe(before);
  });
});
