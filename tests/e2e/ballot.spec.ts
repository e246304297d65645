import { eq, sql } from 'drizzle-orm';
import { ballotCodes, ballots, receipts } from '../../db/schema';
import { hashBallotCode, hashReceipt } from '../../lib/selection/codes';
import { currentYear, e2eDb, expect, issueTestCodes, test } from './fixtures';

const ballotCount = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(ballots)
    .get()!.n;

test.describe('the ballot, on a phone', () => {
  test('enter a code, choose, review, confirm, and keep the receipt; the code then works no more', async ({ page }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    const code = codes[0]!;
    const before = ballotCount();
    await page.goto('/');
    await page.getByRole('link', { name: '去投票' }).first().click();
    // Residents type codes loosely: lower case, no dashes.
    await page.getByLabel('投票码').fill(code.toLowerCase());
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
    await expect(page.getByText('群众有事找得到人，电话打得通，事情办得快')).toBeVisible();
    const options = page.locator('input[name=candidate]');
    await options.nth(0).check();
    await options.nth(2).check();
    await options.nth(4).check();
    await expect(page.getByTestId('counter')).toHaveText('已选 3 人，还可以选 7 人（最多 10 人）');
    const chosenNames = await page.locator('.candidate-option.is-checked .text-lg').allInnerTexts();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    for (const name of chosenNames) await expect(page.getByTestId('review-list')).toContainText(name);
    expect(ballotCount()).toBe(before);
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    const tracking = (await page.getByTestId('tracking-code').innerText()).replace(/-/g, '');
    expect(tracking).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    // The receipt page shows no choice: nothing a vote-buyer could ask to see.
    for (const name of chosenNames) await expect(page.locator('main')).not.toContainText(name);
    expect(ballotCount()).toBe(before + 1);
    expect(
      e2eDb()
        .select()
        .from(receipts)
        .where(eq(receipts.receiptHash, hashReceipt(year, tracking)))
        .get(),
    ).toBeDefined();
    expect(
      e2eDb()
        .select()
        .from(ballotCodes)
        .where(eq(ballotCodes.codeHash, hashBallotCode(year, code)))
        .get()!.status,
    ).toBe('used');

    await page.goto(`/vote?code=${code}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '这个投票码已经投过票了' })).toBeVisible();
  });

  test('the counter stops at the limit, and nothing or a wrong code gets its own plain message', async ({ page }) => {
    const { codes } = await issueTestCodes(currentYear(), 1);
    await page.goto('/vote');
    await page.getByLabel('投票码').fill('ABCD-EFGH-JKLM');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '这个投票码不对' })).toBeVisible();
    await page.getByLabel('投票码').fill(codes[0]!);
    await page.getByRole('button', { name: '下一步' }).click();
    const options = page.locator('input[name=candidate]');
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '请至少选 1 人。' })).toBeVisible();
    for (let i = 0; i < 10; i++) await options.nth(i).check();
    await expect(page.getByTestId('counter')).toHaveText('已选 10 人，还可以选 0 人（最多 10 人）');
    await expect(options.nth(10)).toBeDisabled();
    await options.nth(0).uncheck();
    await expect(options.nth(10)).toBeEnabled();
  });

  test('the whole ballot works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { codes } = await issueTestCodes(currentYear(), 1);
    const before = ballotCount();
    await page.goto(`/vote?code=${codes[0]}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('input[name=candidate]').nth(1).check();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    expect(ballotCount()).toBe(before + 1);
    await context.close();
  });

  test("in elders' mode the ballot is large and has no serious accessibility problem", async ({ page, context }) => {
    await context.addCookies([{ name: 'elder', value: '1', url: 'http://localhost:3100' }]);
    const { codes } = await issueTestCodes(currentYear(), 1);
    await page.goto(`/vote?code=${codes[0]}`);
    await page.getByRole('button', { name: '下一步' }).click();
    const option = page.locator('.candidate-option').first();
    const box = await option.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(56);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
