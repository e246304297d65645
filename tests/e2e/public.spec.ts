import AxeBuilder from '@axe-core/playwright';
import { BASE, expect, test } from './fixtures';

test.describe('public shell', () => {
  test('the home page is Chinese first, with the district in numbers', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('您来评一评：谁是身边的好公仆');
    await expect(page.getByRole('heading', { name: '临江区' })).toBeVisible();
    await expect(page.getByText('常住户数')).toBeVisible();
  });

  test('the language switch goes to the same page in English and back; links stay in the language', async ({ page }) => {
    await page.goto('/about');
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/\/en\/about$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Minping');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Have your say: who serves you best?');
    await page.getByRole('link', { name: '切换到中文' }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('您来评一评：谁是身边的好公仆');
  });

  test('the permanent Chinese addresses stay as they were; an address with the default language prefix goes to them', async ({ request }) => {
    for (const path of ['/', '/about', '/selections', '/hall-of-fame', '/communities', '/vote']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain('<html lang="zh-CN"');
    }
    const prefixed = await request.get('/zh-CN/about', { maxRedirects: 0 });
    expect(prefixed.status()).toBe(307);
    expect(prefixed.headers()['location']).toMatch(/\/about$/);
    // The internal variant routes are not addresses of their own.
    for (const path of ['/zh-CN/standard/about', '/en/elder/about', '/standard/about'])
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).not.toBe(200);
  });

  test("elders' mode enlarges text, is remembered across pages, and can be turned off", async ({ page }) => {
    await page.goto('/');
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const lineHeight = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: '长辈模式' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
    expect(await rootSize()).toBeGreaterThanOrEqual(normal * 1.2);
    expect(await lineHeight()).toBeGreaterThanOrEqual(1.3);
    await page.goto('/about');
    await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
    await expect(page.getByRole('button', { name: '退出长辈模式' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '退出长辈模式' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-elder', '0');
  });

  test('the switches work from the keyboard alone, starting with a skip link', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '长辈模式' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  });

  test('an unknown address gets the designed 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
  });

  for (const elder of [false, true]) {
    test(`public pages have no serious accessibility violations${elder ? " in elders' mode" : ''}`, async ({ page, context }) => {
      if (elder) await context.addCookies([{ name: 'elder', value: '1', url: BASE }]);
      for (const path of ['/', '/about', '/login', '/no-such-page']) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${path}: ${v.id} ${v.help}`)).toEqual([]);
      }
    });
  }
});

test.describe('service', () => {
  test('health answers JSON with the database and migration state', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    const health = await response.json();
    expect(health).toMatchObject({ ok: true, database: { ok: true, journalMode: 'wal' }, migrations: { pending: 0 } });
    expect(health.disk.freeMb).toBeGreaterThan(100);
  });

  test('every response carries security headers and no x-powered-by', async ({ request }) => {
    for (const path of ['/', '/login', '/api/health', '/no-such-page']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['x-powered-by']).toBeUndefined();
      expect(headers['strict-transport-security']).toBeUndefined();
      expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Behind a TLS proxy, HSTS is added.
    const https = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers()['strict-transport-security']).toContain('max-age=31536000');
  });
});
