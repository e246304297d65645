import type { Page } from '@playwright/test';
import { currentYear, expect, issueTestCodes, test } from './fixtures';

async function openBallot(page: Page) {
  const { codes } = await issueTestCodes(currentYear(), 1);
  await page.goto('/vote');
  await page.getByLabel('投票码').fill(codes[0]!);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible({ timeout: 15_000 });
}

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

test.describe('the ballot says what went wrong where the voter is looking', () => {
  test('with no choice, the problem takes focus on screen and points at the list; the list shows it too', async ({ page }) => {
    await openBallot(page);
    await page.getByRole('button', { name: '下一步：核对选票' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('请至少选 1 人。');
    expect(await inViewport(page, '.error-summary')).toBe(true);
    await expect(page.locator('#candidates .error-text')).toHaveText(/请至少选 1 人/);
    await summary.getByRole('link').click();
    await expect(page.locator('input[name=candidate]').first()).toBeFocused();
  });

  test('after time runs low a warning offers more time; when it runs out the page says so and how to go on', async ({ page }) => {
    await page.clock.install();
    await openBallot(page);
    await expect(page.getByTestId('session-clock')).toBeAttached();
    await expect(page.getByTestId('session-warning')).toHaveCount(0);
    await page.clock.fastForward('26:00');
    await expect(page.getByTestId('session-warning')).toContainText('这张选票还会保留 4 分钟');
    await page.getByRole('button', { name: '需要更多时间（再保留 30 分钟）' }).click();
    await expect(page.getByTestId('session-warning')).toHaveCount(0);
    await expect(page.getByTestId('session-clock')).toBeAttached();
    await page.clock.fastForward('31:00');
    await expect(page.getByTestId('session-expired')).toContainText('您的投票码没有用掉，仍然有效');
    await expect(page.getByRole('link', { name: '重新输入投票码' })).toBeVisible();
  });
});

test.describe('the ballot without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the counter states only what is true; too many choices are refused with the problem in focus, never "-1 left"', async ({ page }) => {
    await openBallot(page);
    await expect(page.getByTestId('counter')).toHaveText('最多可以选 10 人');
    const boxes = page.locator('input[name=candidate]');
    for (let i = 0; i < 11; i++) await boxes.nth(i).check();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('选的人数超过了上限');
    await expect(page.getByTestId('counter')).toHaveText('最多可以选 10 人');
    await expect(page.locator('main')).not.toContainText('-1');
    // The ticks survive the refusal, and nothing is disabled: without JavaScript, unticking must stay possible.
    await expect(page.locator('input[name=candidate]:checked')).toHaveCount(11);
    await expect(page.locator('input[name=candidate]:disabled')).toHaveCount(0);
    await boxes.nth(10).uncheck();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    // Printing needs JavaScript: no dead button, the browser's own print is named instead.
    await expect(page.getByRole('button', { name: '打印回执' })).toBeHidden();
    await expect(page.getByText('如需打印，请使用浏览器菜单中的“打印”。')).toBeVisible();
  });
});
