import { eq, sql } from 'drizzle-orm';
import { auditLog, officials, staff } from '../../db/schema';
import { createAccount, e2eDb, expect, signInAs, test } from './fixtures';

const count = () =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(officials)
    .get()!.n;

test.describe('admin pages', () => {
  test('a form with mistakes shows every error in Chinese, keeps what was typed, and saves once corrected', async ({ page, context }) => {
    await signInAs(context, 'organizer');
    const before = count();
    await page.goto('/staff/officials/new');
    await page.getByLabel('职务', { exact: true }).fill('社区网格员');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '请检查下面标出的内容。' })).toBeVisible();
    await expect(page.locator('#f-name-error')).toContainText('此项必填。');
    await expect(page.getByLabel('职务', { exact: true })).toHaveValue('社区网格员');
    expect(count()).toBe(before);
    await page.getByLabel('姓名').fill('测试新干部');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page).toHaveURL(/\/staff\/officials\?saved=1/);
    expect(count()).toBe(before + 1);
    const row = e2eDb().select().from(officials).where(eq(officials.name, '测试新干部')).get()!;
    const audit = e2eDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(row.id)))
      .all();
    expect(audit.map((a) => a.action)).toContain('official.create');
  });

  test('an admin creates an account, the account signs in, and once disabled it cannot', async ({ page, context, browser }) => {
    await signInAs(context, 'admin');
    const username = `clerk${Date.now() % 100000}`;
    await page.goto('/staff/accounts/new');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('显示名称').fill('新同事');
    await page.getByLabel('角色').selectOption('viewer');
    await page.getByLabel('初始密码').fill('short');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.locator('.error-text', { hasText: '密码至少 10 位。' })).toBeVisible();
    await expect(page.getByLabel('用户名')).toHaveValue(username);
    await page.getByLabel('初始密码').fill('a-long-password-1');
    await page.getByRole('button', { name: '新建' }).click();
    await expect(page).toHaveURL(/\/staff\/accounts\?saved=1/);

    const other = await browser.newContext();
    const clerk = await other.newPage();
    await clerk.goto('/login');
    await clerk.getByLabel('用户名').fill(username);
    await clerk.getByLabel('密码').fill('a-long-password-1');
    await clerk.getByRole('button', { name: '登录' }).click();
    await expect(clerk).toHaveURL(/\/staff$/);

    await page.getByRole('link', { name: username }).click();
    await page.getByRole('link', { name: '停用账号…' }).click();
    await expect(page.getByTestId('confirm')).toContainText('会立即被退出登录');
    await page.getByRole('button', { name: '停用这个账号' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 账号已停用。');
    await expect(page.getByText('此账号已停用，不能登录。')).toBeVisible();
    expect(e2eDb().select().from(staff).where(eq(staff.username, username)).get()!.disabled).toBe(true);
    await clerk.goto('/staff/officials');
    await expect(clerk).toHaveURL(/\/login/);
    await other.close();

    await page.goto(`/staff/audit?entity=staff`);
    await expect(page.locator('tbody')).toContainText('staff.setDisabled');
  });

  test('the audit log filters stay in the URL', async ({ page, context }) => {
    const viewer = await createAccount('viewer', null);
    await signInAs(context, viewer.username);
    await page.goto('/staff/audit');
    await page.getByLabel('对象类型').selectOption('official');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/entity=official/);
    const rows = await page.locator('tbody tr').count();
    const expected = e2eDb()
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(eq(auditLog.entity, 'official'))
      .get()!.n;
    expect(rows).toBe(Math.min(expected, 100));
  });
});
