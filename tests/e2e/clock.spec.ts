import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { ballots, candidates, selections } from '../../db/schema';
import { E2E_CLOCK } from './env';
import { currentYear, e2eDb, expect, issueTestCodes, test } from './fixtures';

const ballotCount = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(ballots)
    .get()!.n;

test.afterEach(() => fs.rmSync(E2E_CLOCK, { force: true }));

test('a ballot confirmed after closing time is refused, even though its form was loaded while open', async ({ page }) => {
  const year = currentYear();
  const selection = e2eDb().select().from(selections).where(eq(selections.year, year)).get()!;
  const { codes } = await issueTestCodes(year, 1);
  await page.goto(`/vote?code=${codes[0]}`);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.locator('input[name=candidate]').first().check();
  await page.getByRole('button', { name: '下一步：核对选票' }).click();
  await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
  const before = ballotCount();
  fs.writeFileSync(E2E_CLOCK, new Date(selection.votingClosesAt.getTime() + 1000).toISOString());
  await page.getByRole('button', { name: '确认投票' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '投票已经截止，选票没有计入。' })).toBeVisible();
  expect(ballotCount()).toBe(before);
  await page.goto('/vote');
  await expect(page.getByText(/投票已于.*截止/)).toBeVisible();
  await page.goto(`/selections/${year}`);
  await expect(page.getByText('计票中')).toBeVisible();
  // Closed but not published: still no per-candidate count anywhere public.
  const results = await page.request.get(`/api/v1/selections/${year}/results`);
  expect(results.status()).toBe(404);
  expect((await page.request.get(`/api/v1/selections/${year}/ballots`)).status()).toBe(404);
  const votes = e2eDb()
    .select({ votes: candidates.votes })
    .from(candidates)
    .where(eq(candidates.selectionId, selection.id))
    .all()
    .map((c) => c.votes)
    .filter((v) => v >= 100);
  const html = await (await page.request.get(`/selections/${year}`)).text();
  for (const v of votes) expect(html).not.toContain(`>${v}<`);

  fs.writeFileSync(E2E_CLOCK, new Date(selection.votingOpensAt.getTime() - 1000).toISOString());
  await page.goto('/vote');
  await expect(page.getByText(/投票还没有开始，将于/)).toBeVisible();
});
