import type { Page } from '@playwright/test';
import { expect, signInAs, test } from './fixtures';

/**
 * The strict policy (no 'unsafe-inline' for scripts, no inline <style> elements) must not cost the
 * pages their JavaScript: React hydrates, a client component sends its server action itself, and the
 * browser reports no violation — on a page from the cache (hashes) and a staff page rendered now (nonce).
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  page.on('pageerror', (e) => reported.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...reported, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

const scriptPolicy = (policy: string | undefined) => (policy ?? '').split(';').find((d) => d.trim().startsWith('script-src')) ?? '';

test('a cached public page in English hydrates under its hash policy: the code form posts through React', async ({ page, request }) => {
  const violations = await watchViolations(page);
  await request.get('/en/vote');
  const response = await page.goto('/en/vote');
  expect(response!.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
  const policy = scriptPolicy(response!.headers()['content-security-policy']);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toMatch(/'sha256-/);
  await page.getByLabel('Ballot code').fill('WRONG-CODE-0');
  const call = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: 'Next' }).click();
  await call;
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a staff page hydrates under its nonce policy: a form component sends its action and shows the refusal', async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, 'admin');
  const page = await context.newPage();
  const violations = await watchViolations(page);
  const response = await page.goto('/staff/units');
  const policy = scriptPolicy(response!.headers()['content-security-policy']);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toMatch(/'nonce-/);
  const form = page.locator('form').filter({ has: page.getByRole('heading', { name: '新建单位' }) });
  // Nothing typed: the server refuses, and React (not a page load) shows it.
  const call = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await form.getByRole('button', { name: '新建' }).click();
  await call;
  await expect(form.locator('.error-summary')).toBeVisible();
  expect(await violations()).toEqual([]);
  await context.close();
});
