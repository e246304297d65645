import { eq } from 'drizzle-orm';
import { candidates, officials, publications, selections } from '../../db/schema';
import { castBallot } from '../../lib/selection/cast';
import { publish } from '../../lib/selection/publish';
import { e2eDb, expect, issueTestCodes, signInAs, test } from './fixtures';

const YEAR = 2046;
const PAGE = `/selections/${YEAR}`;
const cached = /^(HIT|STALE)$/;

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

/** Published through the domain layer, which marks the pages stale as the staff action does. */
async function publishedSelection() {
  const s = await countedSelection();
  if (!e2eDb().select().from(publications).where(eq(publications.selectionId, s.id)).get()?.publishedAt)
    publish(e2eDb(), s.id, null, { requestedBy: null, confirmedBy: null }, new Date());
  const tally = e2eDb().select().from(publications).where(eq(publications.selectionId, s.id)).get()!.tally as {
    candidates: { name: string }[];
  };
  return { selection: s, winner: tally.candidates[0]!.name };
}

test.describe.configure({ mode: 'serial' });

test('a public page is served from Next’s cache; publication shows on the next load, then is cached again', async ({ page, request }) => {
  await countedSelection();
  await request.get(PAGE);
  const before = await request.get(PAGE);
  expect(before.headers()['x-nextjs-cache']).toMatch(cached);
  expect(await before.text()).not.toContain('data-testid="ranking"');
  await page.goto(PAGE);
  await expect(page.getByText('计票中')).toBeVisible();

  const { winner } = await publishedSelection();
  const first = await page.goto(PAGE);
  expect(first!.headers()['x-nextjs-cache']).toBe('MISS');
  await expect(page.getByTestId('winners')).toContainText(winner);
  // Next writes the rendered page to its cache once the response has streamed out.
  await expect.poll(async () => (await request.get(PAGE)).headers()['x-nextjs-cache']).toMatch(cached);
  const again = await page.reload();
  expect(again!.headers()['x-nextjs-cache']).toMatch(cached);
  expect(page.url()).toMatch(new RegExp(`${PAGE}$`));
  await expect(page.getByText('结果已公布')).toBeVisible();
  await expect(page.getByTestId('winners')).toContainText(winner);
  // The chart is its own file: it loads, and names every candidate as the page's table does.
  const chart = page.getByRole('img', { name: /得票/ });
  await expect(chart).toBeVisible();
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  const svg = await page.request.get((await chart.getAttribute('src'))!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain(winner);
  expect(again!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  // A browser that has the page is told so (304, no body) by the page's ETag, the digest stored with it.
  const etag = again!.headers()['etag']!;
  expect(etag).toMatch(/^W\/"[A-Za-z0-9+/=]{44}"$/);
  const unchanged = await request.get(PAGE, { headers: { 'if-none-match': etag } });
  expect(unchanged.status()).toBe(304);
  expect(unchanged.headers()['x-minping-digest']).toBeUndefined();
  expect(again!.headers()['x-request-id']).not.toBe(first!.headers()['x-request-id']);
});

test("each language and elders' mode is its own cached page, and the page's own switches reach them", async ({ page }) => {
  const { winner } = await publishedSelection();
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en${PAGE}$`));
  const english = await page.reload();
  expect(english!.headers()['x-nextjs-cache']).toMatch(cached);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Results published')).toBeVisible();
  await expect(page.getByTestId('winners')).toContainText(winner);

  await page.getByRole('button', { name: 'Large-text mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page).toHaveURL(new RegExp(`/en${PAGE}$`));
  await page.reload();
  const elder = await page.reload();
  expect(elder!.headers()['x-nextjs-cache']).toMatch(cached);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Leave large-text mode' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.getByRole('heading', { name: '评选结果', exact: true })).toBeVisible();
});

test('a commendation an organizer records shows on the very next load, from whichever worker answers', async ({ browser, request }) => {
  const { selection } = await publishedSelection();
  await request.get(PAGE);
  expect((await request.get(PAGE)).headers()['x-nextjs-cache']).toMatch(cached);

  const staff = await browser.newContext();
  await signInAs(staff, 'organizer');
  const form = await staff.newPage();
  await form.goto(`/staff/selections/${selection.id}/count`);
  await form.getByLabel('表彰日期').fill('2046-12-30');
  await form.getByLabel('地点').fill('临江区政府礼堂');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('已保存')).toBeVisible();
  await staff.close();

  // Several loads: with two workers, both answer some of them.
  for (let i = 0; i < 6; i++) {
    const response = await request.get(PAGE);
    expect(await response.text(), `load ${i + 1}`).toContain('表彰：2046-12-30，临江区政府礼堂');
  }
  expect((await request.get(PAGE)).headers()['x-nextjs-cache']).toMatch(cached);
});

test('no inline script runs without a hash or nonce, and cached pages still come alive in the browser', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const scripts = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
  // The vote page comes from the cache, under a policy of its scripts' hashes.
  await request.get('/vote');
  const response = await page.goto('/vote');
  expect(response!.headers()['x-nextjs-cache']).toMatch(cached);
  const cachedPolicy = scripts(response!.headers()['content-security-policy']!);
  expect(cachedPolicy).not.toContain('unsafe-inline');
  expect(cachedPolicy).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
  // Its code form is a client component: React handles the submit (a server-action call, no page load).
  await page.getByLabel('投票码').fill('WRONG-CODE-0');
  const call = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: '下一步' }).click();
  await call;
  await expect(page.locator('.error-summary')).toBeVisible();

  // A page rendered for this request carries a nonce instead, on every script Next wrote.
  const login = await page.goto('/login');
  const policy = scripts(login!.headers()['content-security-policy']!);
  expect(policy).not.toContain('unsafe-inline');
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  expect(await login!.text()).toContain(`nonce="${nonce}"`);
  await expect(page.getByLabel('用户名')).toBeVisible();
  for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "style-src-elem 'self'"])
    expect(login!.headers()['content-security-policy']).toContain(directive);
  expect(violations).toEqual([]);
});

test('a slip’s QR address fills the code in, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vote?code=ABCD-EFGH-JKLM');
  await expect(page.getByLabel('投票码')).toHaveValue('ABCD-EFGH-JKLM');
  await context.close();
});
