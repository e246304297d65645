import { request as playwrightRequest, type Page, type Request } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { officials, units } from '../../db/schema';
import { BASE, COOKIE, createAccount, e2eDb, expect, signInAs, test } from './fixtures';

const officialName = (id: number) => e2eDb().select().from(officials).where(eq(officials.id, id)).get()!.name;

/** Submits the edit form once for real and keeps the raw server-action request, to replay it. */
async function captureEdit(page: Page, id: number, newName: string) {
  await page.goto(`/staff/officials/${id}`);
  let captured: Request | undefined;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action']) captured ??= r;
  });
  await page.getByLabel('姓名').fill(newName);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('✓ 已保存')).toBeVisible();
  const headers = await captured!.allHeaders();
  return { url: captured!.url(), headers, body: captured!.postDataBuffer()! };
}

function withoutCookies(headers: Record<string, string>) {
  const { cookie: _c, ...rest } = headers;
  return Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith(':')));
}

test.describe('server actions check everything themselves', () => {
  test('a replayed action without a session, with a foreign Origin, or with no Origin changes nothing', async ({ page, context }) => {
    const account = await createAccount('admin', null);
    await signInAs(context, account.username);
    const target = e2eDb().select().from(officials).limit(1).get()!;
    const replay = await captureEdit(page, target.id, '第一次修改');
    expect(officialName(target.id)).toBe('第一次修改');
    // Replays carry the same body, which sets the name back to '第一次修改'; change it first so a replay would show.
    e2eDb().update(officials).set({ name: '基线' }).where(eq(officials.id, target.id)).run();
    const session = (await context.cookies()).find((c) => c.name === COOKIE)!;
    const api = await playwrightRequest.newContext();

    // A forged session cookie gets past the proxy's convenience redirect, so the action's own check answers.
    const forged = `${COOKIE}=forged-or-expired`;
    const signedOut = await api.post(replay.url, { headers: { ...withoutCookies(replay.headers), cookie: forged }, data: replay.body });
    expect(signedOut.status()).toBeLessThan(500);
    expect(await signedOut.text()).toContain('您尚未登录或登录已过期');
    expect(officialName(target.id)).toBe('基线');

    const cookie = `${COOKIE}=${session.value}; locale=zh-CN`;
    const foreign = await api.post(replay.url, {
      headers: { ...withoutCookies(replay.headers), cookie, origin: 'https://evil.example' },
      data: replay.body,
    });
    expect(officialName(target.id)).toBe('基线');
    expect(await foreign.text()).not.toContain('已保存');

    const { origin: _o, ...noOrigin } = withoutCookies(replay.headers);
    const missing = await api.post(replay.url, { headers: { ...noOrigin, cookie }, data: replay.body });
    expect(missing.status()).toBeLessThan(500);
    expect(officialName(target.id)).toBe('基线');

    // The same request with the session and the right Origin does go through: the refusals above were real.
    const proper = await api.post(replay.url, { headers: { ...withoutCookies(replay.headers), cookie }, data: replay.body });
    expect(proper.status()).toBe(200);
    expect(officialName(target.id)).toBe('第一次修改');
    await api.dispose();
  });

  test("an organizer of one street replaying an edit against another street's official is refused (IDOR)", async ({ page, context }) => {
    const [streetA, streetB] = e2eDb().select().from(units).where(eq(units.kind, 'street')).all();
    const inA = e2eDb()
      .$client.prepare('select o.id from officials o join units u on u.id = o.unit_id where u.path like ? limit 1')
      .get(`${streetA!.path}%`) as { id: number };
    const inB = e2eDb()
      .$client.prepare('select o.id, o.name from officials o join units u on u.id = o.unit_id where u.path like ? limit 1')
      .get(`${streetB!.path}%`) as { id: number; name: string };
    const organizer = await createAccount('organizer', streetA!.id);
    await signInAs(context, organizer.username);
    const replay = await captureEdit(page, inA.id, '本街道干部');
    // Same action, other record: swap the id in the multipart body.
    const body = Buffer.from(replay.body.toString('utf8').replace(/(name="(?:_\d+_)?id"\r\n\r\n)\d+\r\n/, `$1${inB.id}\r\n`), 'utf8');
    expect(body.toString()).toContain(`\r\n\r\n${inB.id}\r\n`);
    const session = (await context.cookies()).find((c) => c.name === COOKIE)!;
    const api = await playwrightRequest.newContext();
    const response = await api.post(replay.url, {
      headers: { ...withoutCookies(replay.headers), cookie: `${COOKIE}=${session.value}` },
      data: body,
    });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain('这条记录不在您负责的单位范围内');
    expect(officialName(inB.id)).toBe(inB.name);
    await api.dispose();
  });

  test('the sign-in and roster routes refuse a foreign Origin and a missing session', async ({ request }) => {
    const signIn = await request.post('/api/auth/callback/credentials', {
      headers: { origin: 'https://evil.example' },
      form: { username: 'admin', password: 'minping-demo' },
    });
    expect(signIn.status()).toBe(403);
    const noSession = await request.post('/api/staff/roster/preview', {
      headers: { origin: BASE },
      multipart: { file: { name: 'r.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名\n') } },
    });
    expect(noSession.status()).toBe(403);
    expect((await noSession.json()).message).toBe('您的账号没有导入名册的权限。');
    const template = await request.get('/api/staff/roster/template');
    expect(template.status()).toBe(403);
  });

  test('the x-middleware-subrequest header skips nothing: pages still check the session and role themselves', async ({
    request,
    browser,
  }) => {
    const sneaky = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware' };
    const signedOut = await request.get('/staff/accounts', { headers: sneaky, maxRedirects: 0 });
    expect([303, 307, 308]).toContain(signedOut.status());
    expect(signedOut.headers()['location']).toContain('/login');
    const viewer = await browser.newContext({ extraHTTPHeaders: sneaky });
    await signInAs(viewer, 'viewer');
    const page = await viewer.newPage();
    const response = await page.goto('/staff/accounts');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible();
    await viewer.close();
  });
});
