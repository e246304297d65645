import { and, asc, eq } from 'drizzle-orm';
import { indicators, officialScores, requests, scoreSnapshots } from '../../db/schema';
import { e2eDb, expect, signInAs, test } from './fixtures';

test('staff home: street staff see what needs doing now, and the item opens the list it counts', async ({ page, context }) => {
  await signInAs(context, 'street');
  await page.goto('/staff');
  const todo = page.getByTestId('todo');
  await expect(todo.getByRole('heading', { name: '现在要处理' })).toBeVisible();
  const overdue = todo.getByRole('link', { name: /件群众诉求已超过期限$/ });
  const count = Number((await overdue.innerText()).match(/^(\d+)/)![1]);
  expect(count).toBeGreaterThan(0);
  await overdue.click();
  await expect(page).toHaveURL(/\/staff\/requests\?overdue=1$/);
});

test('a viewer, who changes nothing, is told nothing waits', async ({ page, context }) => {
  await signInAs(context, 'viewer');
  await page.goto('/staff');
  await expect(page.getByTestId('todo')).toContainText('现在没有等您处理的事。');
});

test('a request number is found however it is typed: without the dash, with spaces, in full width', async ({ page }) => {
  const number = e2eDb().select({ number: requests.number }).from(requests).orderBy(asc(requests.id)).get()!.number;
  const full = number.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  for (const typed of [number.replace('-', ''), number.replace('-', ' '), full]) {
    await page.goto('/requests');
    await page.getByLabel('诉求编号').fill(typed);
    await page.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${number}$`));
  }
  await page.goto(`/requests/${number.replace('-', '')}`);
  await expect(page).toHaveURL(new RegExp(`/requests/${number}$`));
});

test('the assessment dashboard marks scores that lack indicators, with which, and the charts have titles', async ({ page, context }) => {
  await signInAs(context, 'organizer');
  const snapshot = e2eDb()
    .select()
    .from(scoreSnapshots)
    .where(eq(scoreSnapshots.current, true))
    .orderBy(asc(scoreSnapshots.cycleId))
    .get()!;
  const names = new Map(
    e2eDb()
      .select()
      .from(indicators)
      .where(eq(indicators.cycleId, snapshot.cycleId))
      .all()
      .map((i) => [i.code, i.name]),
  );
  const rows = e2eDb()
    .select()
    .from(officialScores)
    .where(and(eq(officialScores.snapshotId, snapshot.id)))
    .all();
  const missing = (r: (typeof rows)[number]) => [...names.keys()].filter((c) => !(c in (r.indicatorScores as object)));
  const incomplete = rows.filter((r) => missing(r).length > 0);
  await page.goto(`/staff/assessment/${snapshot.cycleId}`);
  if (incomplete.length > 0)
    await expect(page.getByTestId('incomplete-scores')).toContainText(`${incomplete.length} 名干部的得分缺少部分指标的记录`);
  else await expect(page.getByTestId('incomplete-scores')).toHaveCount(0);
  const first = page.getByTestId('score-table').locator('tbody tr').first();
  const officialLink = await first.getByRole('link').nth(1).getAttribute('href');
  const row = rows.find((r) => officialLink!.endsWith(`/officials/${r.officialId}`))!;
  const expected = missing(row).map((c) => names.get(c)!);
  if (expected.length) {
    const shown = (await first.getByTestId('missing-indicators').innerText()).match(/^⚠ 缺 (\d+) 项：(.+)$/)!;
    expect(Number(shown[1])).toBe(expected.length);
    expect(shown[2]!.split('、').sort()).toEqual([...expected].sort());
  }
  // Every number in the row is a link to the official's records.
  for (const cell of [0, 3, 4]) await expect(first.locator('td').nth(cell).getByRole('link')).toHaveAttribute('href', officialLink!);
  await expect(page.locator('figure svg text', { hasText: '等次分布' })).toHaveCount(1);
  await first.getByRole('link').nth(1).click();
  await page.waitForURL(new RegExp(`/officials/${row.officialId}$`));
  if (expected.length) {
    const detail = page.getByTestId('missing-indicators-detail');
    await expect(detail).toContainText(`这个得分缺少 ${expected.length} 项指标的记录：`);
    for (const name of expected) await expect(detail).toContainText(name);
  }
});

test('a favicon is served', async ({ request }) => {
  for (const path of ['/icon.svg', '/favicon.ico']) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('image/svg+xml');
  }
});
