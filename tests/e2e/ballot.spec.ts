import { eq } from 'drizzle-orm';
import { receipts } from '../../db/schema';
import { hashReceipt } from '../../lib/selection/codes';
import { currentYear, e2eDb, expect, issueTestCodes, test, codeStatus } from './fixtures';

// Ballots carry no link to their code, and other tests cast at the same time: the code's own status
// tells whether a test's ballot was cast.

test.describe('the ballot, on a phone', () => {
  test('enter a code, choose, review, confirm, and keep the receipt; the code then works no more', async ({ page }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    const code = codes[0]!;
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
    expect(codeStatus(year, code)).toBe('unused');
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    const tracking = (await page.getByTestId('tracking-code').innerText()).replace(/-/g, '');
    expect(tracking).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    // The receipt page shows no choice: nothing a vote-buyer could ask to see.
    for (const name of chosenNames) await expect(page.locator('main')).not.toContainText(name);
    expect(
      e2eDb()
        .select()
        .from(receipts)
        .where(eq(receipts.receiptHash, hashReceipt(year, tracking)))
        .get(),
    ).toBeDefined();
    expect(codeStatus(year, code)).toBe('used');

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

  test('a hand-made ballot cookie skips nothing: the ballot opens only through the code step', async ({ page, context }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    // Even a valid code, planted by hand instead of entered, is not taken; nor is a guessed one.
    for (const code of [codes[0]!, 'ZZZZZZZZZZZZ']) {
      await context.addCookies([{ name: 'mp_ballot', value: JSON.stringify({ year, code, choices: [] }), domain: 'localhost', path: '/' }]);
      await page.goto('/vote/ballot');
      await expect(page).toHaveURL(/\/vote$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('没有找到')).toHaveCount(0);
    }
    // The planted valid code was never used.
    expect(codeStatus(year, codes[0]!)).toBe('unused');
  });

  test('the whole ballot works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 1);
    await page.goto(`/vote?code=${codes[0]}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('input[name=candidate]').nth(1).check();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    expect(codeStatus(year, codes[0]!)).toBe('used');
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
