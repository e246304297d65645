import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { auditLog, kiosks } from '../../db/schema';
import { E2E_DB, E2E_PORT, E2E_SECRET } from './env';
import { currentYear, e2eDb, expect, issueTestCodes, signInAs, test, candidateIds, codeStatus } from './fixtures';

/**
 * The request pipeline from outside: which address a limit counts against, kiosks with keys of their
 * own, and server-action POSTs that Next would have answered with a 500.
 */
const wrongCode = (i: number) => `WR${String(i).padStart(10, '2')}`.slice(0, 12);

type Answer = { status: number; body: string };
/** A POST sent from a given local address (127.0.0.0/8 is all loopback), as a different client would. */
function postFrom(localAddress: string, url: string, headers: Record<string, string>, body: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', localAddress, headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

test.describe('a second server, trusting no proxy (TRUST_PROXY_HOPS=0, the default)', () => {
  const port = E2E_PORT + 2;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;
  const logLines: { level: number; msg: string; reason?: string }[] = [];

  test.beforeAll(async ({ request }) => {
    test.setTimeout(120_000);
    server = spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${E2E_DB}`,
        AUTH_SECRET: E2E_SECRET,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        TRUST_PROXY_HOPS: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith('{')) logLines.push(JSON.parse(line));
    });
    await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 90_000 }).toBe(200);
  });
  test.afterAll(() => {
    server.kill('SIGTERM');
  });

  test('rotating X-Forwarded-For escapes no limit: 20 wrong codes from one socket, then even a valid code waits', async () => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 2);
    const ids = candidateIds(year);
    const cast = (from: string, code: string, forwarded: string) =>
      postFrom(
        from,
        `${base}/api/v1/ballots`,
        { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
        JSON.stringify({ selection: year, code, candidates: [ids[0]] }),
      );
    for (let i = 0; i < 20; i++) expect((await cast('127.0.0.21', wrongCode(i), `10.66.${i}.1`)).status).toBe(403);
    const blocked = await cast('127.0.0.21', codes[0]!, '10.66.99.1');
    expect(blocked.status).toBe(429);
    expect(codeStatus(year, codes[0]!)).toBe('unused');
    // Another client (another socket address) is not affected.
    expect((await cast('127.0.0.22', codes[1]!, '10.66.21.1')).status).toBe(201);
  });

  test('server-action POSTs with a foreign or null Origin, a non-form body or a truncated multipart answer 4xx and log one warning each', async ({
    page,
  }) => {
    // A real action id and body, taken from the ballot's code step in a browser.
    await page.goto('/vote');
    let captured: { headers: Record<string, string>; body: Buffer } | undefined;
    page.on('request', async (r) => {
      if (r.method() === 'POST' && r.headers()['next-action']) captured ??= { headers: await r.allHeaders(), body: r.postDataBuffer()! };
    });
    await page.getByLabel('投票码').fill('ZZZZ-ZZZZ-ZZZZ');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => captured).toBeDefined();
    const { headers, body } = captured!;
    const base_ = Object.fromEntries(
      Object.entries(headers).filter(([k]) => ['next-action', 'content-type', 'accept', 'next-router-state-tree'].includes(k)),
    );
    const send = (extra: Record<string, string>, data: Buffer | string = body) =>
      postFrom('127.0.0.23', `${base}/vote`, { ...base_, host: `127.0.0.1:${port}`, origin: base, ...extra }, data);

    // The same request, well formed, is answered (with the code's refusal): the refusals below are real.
    expect((await send({})).status).toBe(200);
    const before = logLines.length;
    const cases: [string, Record<string, string>, Buffer | string, number][] = [
      ['foreign Origin', { origin: 'https://evil.example' }, body, 403],
      ['null Origin', { origin: 'null' }, body, 403],
      ['JSON body', { 'content-type': 'application/json' }, '{"code":"x"}', 415],
      ['truncated multipart', {}, body.subarray(0, body.length - 20), 400],
    ];
    for (const [name, extra, data, status] of cases) expect((await send(extra, data)).status, name).toBe(status);
    await expect.poll(() => logLines.slice(before).filter((l) => l.msg === 'server action refused').length).toBe(cases.length);
    const after = logLines.slice(before);
    expect(after.filter((l) => l.level >= 50)).toEqual([]);
    expect(after.filter((l) => l.msg === 'server action refused').every((l) => l.level === 40)).toBe(true);
  });
});

test.describe('behind one trusted proxy (the main test server: TRUST_PROXY_HOPS=1)', () => {
  test('the right-most X-Forwarded-For entry is the client: rotating what the client wrote to its left changes nothing', async ({
    request,
  }) => {
    const year = currentYear();
    const { codes } = await issueTestCodes(year, 2);
    const ids = candidateIds(year);
    const cast = (code: string, forwarded: string) =>
      request.post('/api/v1/ballots', { headers: { 'x-forwarded-for': forwarded }, data: { selection: year, code, candidates: [ids[0]] } });
    for (let i = 0; i < 20; i++) expect((await cast(wrongCode(i), `1.2.3.${i}, 10.77.0.1`)).status()).toBe(403);
    expect((await cast(codes[0]!, `9.9.9.9, 10.77.0.1`)).status()).toBe(429);
    // What the proxy appended is another address: another client.
    expect((await cast(codes[1]!, `10.77.0.1, 10.77.0.2`)).status()).toBe(201);
  });

  test('an organizer issues a kiosk key (shown once, stored hashed, audited); 20 wrong codes claiming the kiosk’s address do not lock it out; a revoked key is refused', async ({
    page,
    context,
    request,
  }) => {
    const organizer = await signInAs(context, 'organizer');
    await page.goto('/staff/kiosks');
    const name = `e2e 投票机 ${Math.random().toString(36).slice(2, 6)}`;
    await page.getByLabel('投票机名称').fill(name);
    await page.getByRole('button', { name: '发放密钥' }).click();
    const key = (await page.getByTestId('kiosk-key').locator('code').textContent())!.trim();
    expect(key).toMatch(/^mpk_[\w-]{43}$/);
    const row = e2eDb().select().from(kiosks).where(eq(kiosks.name, name)).get()!;
    expect(row.keyHash).not.toContain(key.slice(4));
    const audit = e2eDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'kiosk.issue'))
      .all()
      .find((a) => a.entityId === String(row.id))!;
    expect(audit).toMatchObject({ actorId: organizer.id });
    expect(JSON.stringify(audit.after)).not.toContain(key);
    await page.reload();
    await expect(page.getByText(key)).toHaveCount(0);

    const year = currentYear();
    const { codes } = await issueTestCodes(year, 3);
    const ids = candidateIds(year);
    const kioskAddress = { 'x-forwarded-for': '10.88.0.1' };
    const cast = (code: string, headers: Record<string, string>) =>
      request.post('/api/v1/ballots', { headers, data: { selection: year, code, candidates: [ids[0]] } });
    for (let i = 0; i < 20; i++) expect((await cast(wrongCode(i), kioskAddress)).status()).toBe(403);
    expect((await cast(codes[0]!, kioskAddress)).status()).toBe(429);
    const fromKiosk = await cast(codes[0]!, { ...kioskAddress, authorization: `Bearer ${key}` });
    expect(fromKiosk.status()).toBe(201);
    expect((await fromKiosk.json()).trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    const forged = await cast(codes[1]!, { ...kioskAddress, authorization: 'Bearer mpk_not-a-real-key' });
    expect(forged.status()).toBe(401);
    expect(await forged.json()).toMatchObject({ error: 'kioskKey' });

    await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '作废密钥' }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('已于');
    expect((await cast(codes[2]!, { ...kioskAddress, authorization: `Bearer ${key}` })).status()).toBe(401);
    expect(codeStatus(year, codes[2]!)).toBe('unused');
  });
});
