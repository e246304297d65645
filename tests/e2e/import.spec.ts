import { sql } from 'drizzle-orm';
import { officials } from '../../db/schema';
import { e2eDb, expect, signInAs, test } from './fixtures';

const count = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(officials)
    .get()!.n;
const file = (text: string) => ({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

test.describe('roster import', () => {
  test('a roster with bad rows lists them row by row and imports nothing', async ({ page, context }) => {
    await signInAs(context, 'organizer');
    const before = count();
    await page.goto('/staff/officials/import');
    await page.getByLabel('名册文件').setInputFiles(file('姓名,单位,职务,职级\n林小安,桂香里社区,网格员,科员\n,火星社区,网格员,大官\n'));
    await page.getByRole('button', { name: '检查并预览' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('共 2 行，1 行无误，3 处问题。');
    await expect(page.getByRole('alert').filter({ hasText: '本次没有导入任何数据' })).toBeVisible();
    await expect(page.locator('tbody')).toContainText('找不到这个单位：火星社区');
    await expect(page.locator('tbody')).toContainText('职级应为局级、处级、科级或科员：大官');
    await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);
    expect(count()).toBe(before);
  });

  test('a good roster previews and imports all its rows', async ({ page, context }) => {
    await signInAs(context, 'organizer');
    const before = count();
    const rows = Array.from({ length: 1500 }, (_, i) => `导入干部${i},春晖街道/桂香里社区,网格员,科员`).join('\n');
    await page.goto('/staff/officials/import');
    await page.getByLabel('名册文件').setInputFiles(file(`姓名,单位,职务,职级\n${rows}\n`));
    await page.getByRole('button', { name: '检查并预览' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('共 1500 行，1500 行无误，0 处问题。');
    expect(count()).toBe(before);
    await page.getByRole('button', { name: '确认导入 1500 人' }).click();
    await expect(page.getByText('✓ 已导入 1500 人。')).toBeVisible();
    expect(count()).toBe(before + 1500);
  });
});
