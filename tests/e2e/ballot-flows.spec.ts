import { compareByStrokes } from '../../lib/selection/stroke-order';
import { currentYear, expect, issueTestCodes, test } from './fixtures';

/** The ballot as an elderly resident meets it from the slip: neutral order, profiles, a receipt that helps. */
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('candidates are listed by surname strokes; a profile opens from the ballot and returns to it with the ticks kept', async ({
      page,
    }) => {
      const year = currentYear();
      const { codes } = await issueTestCodes(year, 1);
      await page.goto(`/vote?code=${codes[0]}`);
      await page.getByRole('button', { name: '下一步' }).click();
      // On a loaded machine the code check can take longer than an assertion's timeout.
      await page.waitForURL(/\/vote\/ballot$/);
      await expect(page.getByTestId('ballot-order')).toHaveText('候选人按姓氏笔画为序排列。');
      const names = await page.locator('.candidate-option .text-lg').allInnerTexts();
      expect(names.length).toBeGreaterThan(3);
      expect(names).toEqual([...names].sort(compareByStrokes));

      const options = page.locator('input[name=candidate]');
      await options.nth(0).check();
      await options.nth(3).check();
      await page.getByRole('button', { name: `${names[1]}的简介和推荐理由（已勾选的会保留）` }).click();
      await expect(page.getByRole('heading', { level: 1, name: names[1] })).toBeVisible();
      await page.getByTestId('back-to-ballot').first().click();
      await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
      await expect(options.nth(0)).toBeChecked();
      await expect(options.nth(3)).toBeChecked();
      await expect(options.nth(1)).not.toBeChecked();

      await page.getByRole('button', { name: '下一步：核对选票' }).click();
      for (const i of [0, 3]) await expect(page.getByTestId('review-list')).toContainText(names[i]!);
      await page.getByRole('button', { name: '确认投票' }).click();
      await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
      // The receipt says from when it can be checked, and where.
      await expect(page.getByTestId('verify-how')).toContainText(/投票于 .+ 截止；结果公布后，就可以用回执码查验/);
      await expect(page.getByRole('link', { name: '到查验页面输入回执码' })).toHaveAttribute('href', `/selections/${year}/verify`);
      // The code is one piece on the screen, whatever its width.
      const lines = await page.getByTestId('tracking-code').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    });
  });
}
