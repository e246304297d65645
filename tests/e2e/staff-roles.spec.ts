import { eq } from 'drizzle-orm';
import { roles, staff, units } from '../../db/schema';
import { createAccount, demoUsernames, e2eDb, expect, signInAs, test } from './fixtures';

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

  test('after 5 failures an account is locked even for the right password', async ({ page }) => {
    const account = await createAccount('viewer', null);
    await page.goto('/login');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('用户名').fill(account.username);
      await page.getByLabel('密码').fill(`wrong-${i}`);
      // Wait for each answer, so every failure is counted before the next try.
      await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: '登录' }).click()]);
      await expect(page.getByRole('alert').filter({ hasText: '用户名或密码不正确。' })).toBeVisible();
      // The password is never echoed back: the form comes back with it empty.
      await expect(page.getByLabel('密码')).toHaveValue('');
    }
    await page.getByLabel('用户名').fill(account.username);
    await page.getByLabel('密码').fill(account.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '尝试次数过多' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
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
