import { eq } from 'drizzle-orm';
import { selections, units } from '../../db/schema';
import { e2eDb, expect, test } from './fixtures';

const publishedYear = () => e2eDb().select().from(selections).where(eq(selections.stage, 'published')).all()[0]!.year;
const communityCount = () => e2eDb().select().from(units).where(eq(units.kind, 'community')).all().length;

test.describe('published results tell the whole truth', () => {
  test('turnout accounts for every community, under a heading for a finished vote, and no sentence is said twice', async ({ page }) => {
    const year = publishedYear();
    await page.goto(`/selections/${year}`);
    await expect(page.getByRole('heading', { name: '各社区投票情况' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '投票进度' })).toHaveCount(0);
    const turnout = page.locator('section[aria-labelledby=turnout]');
    const listed = await turnout.locator('tbody tr').count();
    const accounting = await page.getByTestId('turnout-accounting').innerText();
    const folded = Number(accounting.match(/另有 (\d+) 个社区/)?.[1] ?? 0);
    const absent = Number(accounting.match(/(\d+) 个社区本次没有发放投票码/)?.[1] ?? 0);
    expect(listed).toBeGreaterThan(0);
    expect(listed + folded + absent).toBe(communityCount());
    const sentences = (await page.locator('main').innerText())
      .split(/[。！？\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 8);
    const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(repeated).toEqual([]);
  });

  test("the CSV offered on the page has headers in the page's language; the API keeps its field names", async ({ page, request }) => {
    const year = publishedYear();
    for (const [path, header] of [
      [`/selections/${year}`, '年份,名次,编号,姓名,单位,职务,得票'],
      [`/en/selections/${year}`, 'Year,Rank,ID,Name,Unit,Position,Votes'],
    ] as const) {
      await page.goto(path);
      const href = await page.getByRole('link', { name: /下载结果 CSV|Download results as CSV/ }).getAttribute('href');
      const text = await (await request.get(href!)).text();
      expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(header);
    }
    const api = await (await request.get(`/api/v1/selections/${year}/results?format=csv`)).text();
    expect(api.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('year,rank,id,name,unit,position,votes,share,winner');
  });

  test('English pages show the English names staff gave, and mark the Chinese ones', async ({ page }) => {
    const year = publishedYear();
    await page.goto(`/en/selections/${year}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ten Best Public Servants ${year}`);
    // Positions have English names in the demo; community names do not, and say so.
    await expect(page.getByTestId('winners')).toContainText(/Community|Residents' Committee|Street/);
    await expect(page.getByTestId('winners').locator('[lang="zh-CN"]').first()).toBeVisible();
    await expect(page.getByText('Names without an English version are shown in Chinese.').first()).toBeVisible();
    // No Chinese interface text: every Chinese character on the page sits in an element marked zh-CN.
    const unmarked = await page.locator('main').evaluate((main) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (/[\u4e00-\u9fff]/.test(n.textContent ?? '') && !n.parentElement?.closest('[lang="zh-CN"], svg, th[scope=row], [data-testid=winners] li > span:first-child'))
          out.push(n.textContent!.trim().slice(0, 20));
      return out;
    });
    expect(unmarked.filter((t) => !/^[\u4e00-\u9fff]{2,4}$/.test(t))).toEqual([]);
  });

  test('on a phone every table reads as cards, nothing runs off the screen, and dates carry the year', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const year = publishedYear();
    for (const path of [`/selections/${year}`, '/communities']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const narrowest = await page.locator('table.stack tbody tr > th[scope=row]').evaluateAll((cells) =>
        Math.min(...cells.map((c) => c.getBoundingClientRect().width)),
      );
      expect(narrowest, path).toBeGreaterThan(200);
    }
    await page.goto(`/selections/${year}`);
    await expect(page.locator('main')).toContainText(new RegExp(`${year}年11月1日`));
  });
});
