import { eq } from 'drizzle-orm';
import { candidates, officials, publications, selections } from '../../db/schema';
import { castBallot } from '../../lib/selection/cast';
import { publish } from '../../lib/selection/publish';
import { e2eDb, expect, issueTestCodes, signInAs, test } from './fixtures';

const YEAR = 2046;
const PAGE = `/selections/${YEAR}`;

/** A closed vote of three ballots, not yet published; the first candidate wins. */
async function countedSelection() {
  const existing = e2eDb().select().from(selections).where(eq(selections.year, YEAR)).get();
  if (existing) return existing;
  const opens = new Date(Date.now() - 7_200_000);
  const s = e2eDb()
    .insert(selections)
    .values({
      year: YEAR,
      title: `${YEAR}年度缓存测试`,
      stage: 'voting',
      winners: 1,
      votingOpensAt: opens,
      votingClosesAt: new Date(Date.now() - 3_600_000),
    })
    .returning()
    .get();
  const pool = e2eDb().select({ id: officials.id }).from(officials).limit(3).all();
  const ids = pool.map((o) => e2eDb().insert(candidates).values({ selectionId: s.id, officialId: o.id }).returning().get().id);
  const { codes } = await issueTestCodes(YEAR, 3);
  [[ids[0]!, ids[1]!], [ids[0]!], [ids[2]!]].forEach((picks, i) =>
    expect(castBallot(e2eDb(), { year: YEAR, code: codes[i]!, candidateIds: picks }, new Date(opens.getTime() + 60_000)).ok).toBe(true),
  );
  e2eDb().update(selections).set({ stage: 'counting' }).where(eq(selections.id, s.id)).run();
  return s;
}

async function publishedSelection() {
  const s = await countedSelection();
  if (!e2eDb().select().from(publications).where(eq(publications.selectionId, s.id)).get()?.publishedAt)
    publish(e2eDb(), s.id, null, { requestedBy: null, confirmedBy: null }, new Date());
  const winner = (
    e2eDb().select().from(publications).where(eq(publications.selectionId, s.id)).get()!.tally as { candidates: { name: string }[] }
  ).candidates[0]!.name;
  return { selection: s, winner };
}

test.describe.configure({ mode: 'serial' });

test('before publication the page is never kept or served from the cache; once published it is, at the same address', async ({
  page,
  request,
}) => {
  await countedSelection();
  for (let i = 0; i < 2; i++) {
    const response = await request.get(PAGE);
    expect(response.headers()['x-minping-cache']).toBeUndefined();
    expect(await response.text()).not.toContain('data-testid="ranking"');
  }
  await page.goto(PAGE);
  await expect(page.getByText('计票中')).toBeVisible();

  const { winner } = await publishedSelection();
  const first = await page.goto(PAGE);
  expect(first!.headers()['x-minping-cache']).toBe('miss');
  await expect(page.getByTestId('winners')).toContainText(winner);
  const again = await page.reload();
  expect(again!.headers()['x-minping-cache']).toBe('hit');
  expect(page.url()).toMatch(new RegExp(`${PAGE}$`));
  await expect(page.getByText('结果已公布')).toBeVisible();
  await expect(page.getByTestId('winners')).toContainText(winner);
  await expect(page.locator('.chart svg')).toBeVisible();
  // The same headers as any page: security headers and the request id.
  expect(again!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(again!.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(again!.headers()['x-request-id']).not.toBe(first!.headers()['x-request-id']);
});

test("each language and elders' mode has its own cached page, and the page's own switches reach them", async ({ page }) => {
  const { winner } = await publishedSelection();
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  const english = await page.reload();
  expect(english!.headers()['x-minping-cache']).toBe('hit');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Results', exact: true })).toBeVisible();
  await expect(page.getByText('Results published')).toBeVisible();
  await expect(page.getByTestId('winners')).toContainText(winner);

  await page.getByRole('button', { name: 'Large-text mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await page.reload();
  const elder = await page.reload();
  expect(elder!.headers()['x-minping-cache']).toBe('hit');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Leave large-text mode' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const chinese = await page.reload();
  expect(chinese!.headers()['x-minping-cache']).toMatch(/^(hit|miss)$/);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.getByRole('heading', { name: '评选结果', exact: true })).toBeVisible();
});

test('a change after publication is shown on the very next load, then cached again', async ({ page }) => {
  const { selection } = await publishedSelection();
  await page.goto(PAGE);
  e2eDb()
    .update(publications)
    .set({ commendedOn: '2046-12-30', commendationPlace: '临江区政府礼堂' })
    .where(eq(publications.selectionId, selection.id))
    .run();
  const changed = await page.reload();
  expect(changed!.headers()['x-minping-cache']).toBe('miss');
  await expect(page.getByText('表彰：2046-12-30，临江区政府礼堂')).toBeVisible();
  const again = await page.reload();
  expect(again!.headers()['x-minping-cache']).toBe('hit');
  await expect(page.getByText('表彰：2046-12-30，临江区政府礼堂')).toBeVisible();
});

test('signed-in staff and in-app navigations get the page rendered for them, not from the cache', async ({ browser, page, request }) => {
  const { winner } = await publishedSelection();
  const context = await browser.newContext();
  await signInAs(context, 'organizer');
  const staffPage = await context.newPage();
  const response = await staffPage.goto(PAGE);
  expect(response!.headers()['x-minping-cache']).toBeUndefined();
  await expect(staffPage.getByTestId('winners')).toContainText(winner);
  await context.close();

  // A click in the app: Next's router fetches the RSC payload, which is never the cached document.
  const payload = page.waitForResponse((r) => new URL(r.url()).pathname === PAGE && r.request().headers()['rsc'] === '1');
  await page.goto('/selections');
  await page.getByRole('link', { name: `${YEAR}年度缓存测试` }).click();
  await expect(page.getByTestId('winners')).toContainText(winner);
  const rsc = await payload;
  expect(rsc.headers()['content-type']).toContain('text/x-component');
  expect(rsc.headers()['x-minping-cache']).toBeUndefined();

  const fetched = await request.get(PAGE, { headers: { rsc: '1', 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' } });
  expect(fetched.headers()['x-minping-cache']).toBeUndefined();
  expect(fetched.headers()['content-type']).toContain('text/x-component');
  const head = await request.head(PAGE);
  expect(head.headers()['x-minping-cache']).toBeUndefined();
});
