import { eq, sql } from 'drizzle-orm';
import { honours } from '../../db/schema';
import { e2eDb, expect, signInAs, test } from './fixtures';

const count = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(honours)
    .get()!.n;
const file = (text: string) => ({ name: 'winners.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

test.describe('archive since 1988', () => {
  test('a journalist goes from the home page to a past year, downloads the CSV, and searches the hall of fame', async ({
    page,
    request,
  }) => {
    const past = new Date().getFullYear() - 1;
    await page.goto('/');
    await page.getByRole('link', { name: `${past} 年结果` }).click();
    await expect(page.getByRole('heading', { name: '评选结果' })).toBeVisible();
    await expect(page.getByTestId('ranking').locator('tbody tr')).toHaveCount(18);
    const csv = await request.get(`/api/v1/selections/${past}/results?format=csv`);
    expect((await csv.text()).split('\r\n')[0]).toBe('\uFEFFyear,rank,id,name,unit,position,votes,share,winner');

    await page.goto('/hall-of-fame');
    await expect(page.getByRole('heading', { name: '1988 年' })).toBeVisible();
    const someone = e2eDb().select().from(honours).where(eq(honours.year, 1990)).get()!;
    await page.getByLabel('搜索姓名或单位').fill(someone.name);
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page.getByRole('heading', { name: '1990 年' })).toBeVisible();
    await expect(page.locator('main')).toContainText(someone.unit);

    const winner = e2eDb().select().from(honours).where(eq(honours.year, past)).get()!;
    await page.goto(`/officials/${winner.officialId}`);
    await expect(page.getByTestId('honours')).toContainText(`${past} 年度“十佳公仆”`);
  });

  test('an organizer imports past winners: bad rows import nothing, a good file imports every row', async ({ page, context }) => {
    await signInAs(context, 'organizer');
    const before = count();
    await page.goto('/staff/honours');
    await page.getByLabel('名单文件').setInputFiles(file('年份,姓名,单位\n1990,林安,桂香里社区\n1850,周博,梧桐里社区\n'));
    await page.getByRole('button', { name: '检查并预览' }).click();
    await expect(page.getByTestId('honours-summary')).toHaveText('共 2 行，0 行无误，1 处问题。');
    await expect(page.locator('tbody')).toContainText('年份应在 1988 年到去年之间：1850');
    await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);
    expect(count()).toBe(before);

    await page
      .getByLabel('名单文件')
      .setInputFiles(file('年份,姓名,单位,职务\n1991,档案甲,桂香里社区,主任\n1991,档案乙,梧桐里社区,书记\n'));
    await page.getByRole('button', { name: '检查并预览' }).click();
    await expect(page.getByTestId('honours-summary')).toHaveText('共 2 行，2 行无误，0 处问题。');
    await page.getByRole('button', { name: '确认导入 2 条' }).click();
    await expect(page.getByText('✓ 已导入 2 条。')).toBeVisible();
    expect(count()).toBe(before + 2);
    await page.goto('/hall-of-fame?q=档案甲');
    await expect(page.locator('main')).toContainText('档案甲');
  });
});
