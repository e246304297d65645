import type { Browser, Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { roles, staff, staffSessions, units } from '../../db/schema';
import { BASE, COOKIE, createAccount, demoUsernames, e2eDb, expect, signInAs, test } from './fixtures';

const pages = [
  '/staff/units',
  '/staff/officials',
  '/staff/officials/new',
  '/staff/officials/import',
  '/staff/accounts',
  '/staff/accounts/new',
  '/staff/audit',
  '/staff/projects',
] as const;

/** What each role may open; everything else answers with the 403 page. */
const allowed: Record<string, readonly string[]> = {
  admin: pages,
  organizer: ['/staff/units', '/staff/officials', '/staff/officials/new', '/staff/officials/import', '/staff/projects'],
  inspector: ['/staff/officials'],
  surveyor: ['/staff/officials'],
  unit_staff: ['/staff/officials', '/staff/projects'],
  viewer: ['/staff/units', '/staff/officials', '/staff/audit', '/staff/projects'],
  deputy: ['/staff/projects'],
};

test.describe('staff sign-in', () => {
  for (const role of roles) {
    test(`the ${role} demo account signs in with the login form and sees its own menu`, async ({ page }) => {
      await page.goto('/staff');
      await expect(page).toHaveURL(/\/login\?next=%2Fstaff/);
      await page.getByLabel('用户名').fill(demoUsernames[role]);
      await page.getByLabel('密码').fill('minping-demo');
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page).toHaveURL(/\/staff$/);
      const nav = page.getByRole('navigation', { name: '工作台导航' });
      await expect(nav.getByRole('link', { name: '账号' })).toHaveCount(role === 'admin' ? 1 : 0);
      await expect(nav.getByRole('link', { name: '操作日志' })).toHaveCount(['admin', 'viewer'].includes(role) ? 1 : 0);
      await expect(nav.getByRole('link', { name: '导入名册' })).toHaveCount(['admin', 'organizer'].includes(role) ? 1 : 0);
      await page.getByRole('button', { name: '退出登录' }).click();
      await expect(page.getByText('您已安全退出。')).toBeVisible();
      await page.goto('/staff/officials');
      await expect(page).toHaveURL(/\/login/);
    });
  }

  test('a wrong password is refused with a plain message and the username is kept', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill('viewer');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible();
    await expect(page.getByLabel('用户名')).toHaveValue('viewer');
  });

  /** A browser at an address of its own (the test server trusts one proxy hop, as behind a reverse proxy). */
  const fromAddress = (browser: Browser) =>
    browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': `198.51.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}` },
    });

  async function tryPassword(page: Page, username: string, password: string) {
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    // Wait for each answer, so every failure is counted before the next try.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: '登录' }).click()]);
  }

  test('after 5 failures from one address that address waits, even with the right password; the account is not locked for anyone else', async ({
    browser,
  }) => {
    const account = await createAccount('viewer', null);
    const guesser = await fromAddress(browser);
    const page = await guesser.newPage();
    await page.goto('/login');
    for (let i = 0; i < 5; i++) {
      await tryPassword(page, account.username, `wrong-${i}`);
      await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible();
      // The password is never echoed back: the form comes back with it empty.
      await expect(page.getByLabel('密码')).toHaveValue('');
    }
    await tryPassword(page, account.username, account.password);
    await expect(page.getByRole('alert').filter({ hasText: '尝试次数过多' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    // The owner, somewhere else, signs in as usual: a stranger cannot lock an account.
    const owner = await fromAddress(browser);
    const ownerPage = await owner.newPage();
    await ownerPage.goto('/login');
    await tryPassword(ownerPage, account.username, account.password);
    await expect(ownerPage).toHaveURL(/\/staff$/);
    await guesser.close();
    await owner.close();
  });

  test('password spraying (one guess at each of many accounts) is refused per address after 30 failures', async ({ browser }) => {
    test.setTimeout(120_000);
    const account = await createAccount('viewer', null);
    const sprayer = await fromAddress(browser);
    const page = await sprayer.newPage();
    await page.goto('/login');
    for (let i = 0; i < 30; i++) {
      await tryPassword(page, `someone-${i}-${Math.random().toString(36).slice(2, 6)}`, 'Spring2026!');
      await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible();
      // React resets the form after each answer; the next guess is typed after that.
      await expect(page.getByLabel('密码')).toHaveValue('');
    }
    await tryPassword(page, account.username, account.password);
    await expect(page.getByRole('alert').filter({ hasText: '尝试次数过多' })).toBeVisible();
    const elsewhere = await fromAddress(browser);
    const other = await elsewhere.newPage();
    await other.goto('/login');
    await tryPassword(other, account.username, account.password);
    await expect(other).toHaveURL(/\/staff$/);
    await sprayer.close();
    await elsewhere.close();
  });

  test('signing out ends the session on the server: a cookie copied before sign-out is refused after it', async ({
    browser,
    page,
    context,
  }) => {
    const account = await createAccount('admin', null);
    await page.goto('/login');
    await tryPassword(page, account.username, account.password);
    await expect(page).toHaveURL(/\/staff$/);
    const copied = (await context.cookies()).find((c) => c.name === COOKIE)!;
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page.getByText('您已安全退出。')).toBeVisible();
    expect(e2eDb().select().from(staffSessions).where(eq(staffSessions.staffId, account.id)).all()).toEqual([
      expect.objectContaining({ endedAt: expect.any(Date) }),
    ]);
    // The copy, in another browser: its pages send it to sign in, and its writes are refused.
    const thief = await browser.newContext();
    await thief.addCookies([{ ...copied, sameSite: 'Lax' }]);
    const stolen = await thief.newPage();
    await stolen.goto('/staff/accounts');
    await expect(stolen).toHaveURL(/\/login/);
    const write = await thief.request.post('/api/staff/roster/preview', {
      headers: { origin: BASE },
      multipart: { file: { name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名\n') } },
    });
    expect(write.status()).toBe(403);
    await thief.close();
  });

  test('a disabled account cannot sign in, and its existing session stops working at once', async ({ page, context }) => {
    const account = await createAccount('organizer', null);
    await signInAs(context, account.username);
    await page.goto('/staff/officials');
    await expect(page.getByRole('heading', { name: '干部名册' })).toBeVisible();
    e2eDb().update(staff).set({ disabled: true }).where(eq(staff.id, account.id)).run();
    await page.goto('/staff/officials');
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible();
  });
});

test.describe('what each role can open', () => {
  for (const role of roles) {
    test(`${role}`, async ({ page, context }) => {
      await signInAs(context, demoUsernames[role]);
      for (const path of pages) {
        const response = await page.goto(path);
        if (allowed[role]!.includes(path)) {
          expect(response?.status(), `${role} ${path}`).toBe(200);
          await expect(page.getByRole('heading', { name: '无权访问' })).toHaveCount(0);
        } else {
          expect(response?.status(), `${role} ${path}`).toBe(403);
          await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
        }
      }
    });
  }

  test("street staff see only their street's officials, and another street's record is not found", async ({ page, context }) => {
    const account = await signInAs(context, 'street');
    const own = e2eDb().select().from(units).where(eq(units.id, account.unitId!)).get()!;
    await page.goto('/staff/officials');
    const inStreet = e2eDb()
      .$client.prepare('select count(*) as n from officials o join units u on u.id = o.unit_id where u.path like ?')
      .get(`${own.path}%`) as { n: number };
    const all = e2eDb().$client.prepare('select count(*) as n from officials').get() as { n: number };
    await expect(page.locator('caption')).toHaveText(`共 ${inStreet.n} 人`);
    expect(inStreet.n).toBeLessThan(all.n);
    const other = e2eDb()
      .select()
      .from(units)
      .where(eq(units.kind, 'street'))
      .all()
      .find((u) => u.id !== own.id)!;
    const foreign = e2eDb()
      .$client.prepare('select o.id from officials o join units u on u.id = o.unit_id where u.path like ? limit 1')
      .get(`${other.path}%`) as { id: number };
    const response = await page.goto(`/staff/officials/${foreign.id}`);
    expect(response?.status()).toBe(404);
  });
});
