import AxeBuilder from '@axe-core/playwright';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { candidates, officials, requests, selections, surveys, units } from '../../db/schema';
import { measureElderPage } from './elder-measure';
import { BASE, currentYear, e2eDb, expect, issueTestCodes, test } from './fixtures';

// MIIT 2021 (适老化) numbers for the elder interface, in CSS px.
const LIMITS = { target: 60, text: 18, lineHeight: 1.3, contrast: 4.5, nonText: 3 };

function publicPaths(): string[] {
  const db = e2eDb();
  const year = currentYear();
  const published = db.select().from(selections).where(eq(selections.stage, 'published')).all()[0]!;
  const current = db.select().from(selections).where(eq(selections.year, year)).get()!;
  const candidate = db.select().from(candidates).where(eq(candidates.selectionId, current.id)).get()!;
  const community = db.select().from(units).where(eq(units.kind, 'community')).get()!;
  const official = db.select().from(officials).get()!;
  const request = db.select().from(requests).get()!;
  const survey = db.select().from(surveys).where(and(isNotNull(surveys.drawnAt))).get()!;
  return [
    '/',
    '/about',
    '/vote',
    '/requests',
    `/requests/${request.number}`,
    '/communities',
    `/communities/${community.id}`,
    '/survey',
    `/survey/sampling/${survey.id}`,
    '/selections',
    `/selections/${year}`,
    `/selections/${year}/criteria`,
    `/selections/${year}/candidates/${candidate.id}`,
    `/selections/${published.year}`,
    `/selections/${published.year}/verify`,
    `/selections/${published.year}/recount`,
    '/hall-of-fame',
    `/officials/${official.id}`,
    '/assessment',
    '/login',
    '/review',
  ];
}

async function measure(page: Page, path: string) {
  const problems = await page.evaluate(measureElderPage, LIMITS);
  return problems.map((p) => `${path}: ${p}`);
}

test.describe("elders' mode meets the MIIT 2021 numbers", () => {
  test.beforeEach(async ({ context }) => {
    await context.addCookies([{ name: 'elder', value: '1', url: BASE }]);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    test(`every public page, ${locale}: targets ≥ 60 px, text ≥ 18 px, spacing ≥ 1.3, contrast ≥ 4.5:1`, async ({ page }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      for (const path of publicPaths()) {
        const address = locale === 'en' ? `/en${path === '/' ? '' : path}` : path;
        await page.goto(address);
        await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
        problems.push(...(await measure(page, address)));
        // The measuring above covers contrast by the MIIT numbers; axe adds names, roles and structure.
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).disableRules(['color-contrast']).analyze();
        problems.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${address}: axe ${v.id}`));
      }
      expect(problems).toEqual([]);
    });
  }

  test('the ballot flow: the first candidate is on the first screen, and every step measures up', async ({ page }) => {
    const { codes } = await issueTestCodes(currentYear(), 1);
    await page.goto('/vote');
    const problems = await measure(page, '/vote');
    await page.getByLabel('投票码').fill(codes[0]!);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
    const first = page.locator('.candidate-option').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, 'the first candidate ends within the first screen').toBeLessThanOrEqual(page.viewportSize()!.height);
    problems.push(...(await measure(page, '/vote/ballot')));
    await page.locator('input[name=candidate]').first().check();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    problems.push(...(await measure(page, '/vote/review')));
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible();
    problems.push(...(await measure(page, '/vote/receipt')));
    expect(problems).toEqual([]);
  });

  test("the mode's own switch is large and bold on every page, in both modes", async ({ page, context }) => {
    for (const elder of ['1', '0']) {
      await context.addCookies([{ name: 'elder', value: elder, url: BASE }]);
      await page.goto('/about');
      const button = page.getByRole('button', { name: elder === '1' ? '退出长辈模式' : '长辈模式' });
      const style = await button.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), weight: Number(getComputedStyle(el).fontWeight) }));
      expect(style.size).toBeGreaterThanOrEqual(18);
      expect(style.weight).toBeGreaterThanOrEqual(700);
    }
  });

  test("the phone's own font size setting is followed, not suppressed", async ({ page }) => {
    await page.goto('/');
    const adjust = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement) as CSSStyleDeclaration & { webkitTextSizeAdjust?: string };
      return style.webkitTextSizeAdjust ?? style.getPropertyValue('-webkit-text-size-adjust');
    });
    expect(adjust).not.toMatch(/none|100%/);
    const viewport = await page.locator('meta[name=viewport]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);
  });
});
