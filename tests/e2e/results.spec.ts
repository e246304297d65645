import { request as playwrightRequest } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { candidates, officials, publications, roles, selections } from '../../db/schema';
import { BASE, COOKIE, createAccount, demoUsernames, e2eDb, expect, signInAs, test } from './fixtures';

/** A selection whose live counters hold numbers that appear nowhere else, to catch any leak. */
function embargoedSelection() {
  const existing = e2eDb().select().from(selections).where(eq(selections.year, 2043)).get();
  if (existing) return existing;
  const at = Date.now();
  const s = e2eDb()
    .insert(selections)
    .values({
      year: 2043,
      title: '2043年度禁发测试',
      stage: 'counting',
      votingOpensAt: new Date(at - 86_400_000 * 10),
      votingClosesAt: new Date(at - 86_400_000),
    })
    .returning()
    .get();
  const pool = e2eDb().select({ id: officials.id }).from(officials).limit(3).all();
  [7919, 6007, 5801].forEach((votes, i) => e2eDb().insert(candidates).values({ selectionId: s.id, officialId: pool[i]!.id, votes }).run());
  return s;
}

// The counts as numbers on their own, plain or with a thousands separator ("7,919"); not digits
// inside a build hash such as a server action's id, which change with every build.
const leaks = /(?<![0-9A-Za-z])(7,?919|6,?007|5,?801)(?![0-9A-Za-z])/;

test.describe('no early results', () => {
  test('before publication no public page, RSC payload or API holds a per-candidate count, for any role', async ({ browser }) => {
    const s = embargoedSelection();
    const candidate = e2eDb().select().from(candidates).where(eq(candidates.selectionId, s.id)).get()!;
    const pages = [
      '/',
      '/selections',
      '/selections/2043',
      '/selections/2043/criteria',
      `/selections/2043/candidates/${candidate.id}`,
      '/selections/2043/verify',
      '/selections/2043/recount',
      '/vote',
    ];
    const apis = ['/api/v1/selections', '/api/v1/selections/2043'];
    const embargoed = ['results', 'results?format=csv', 'ballots', 'ballots?format=csv', 'receipts', 'tally'].map(
      (p) => `/api/v1/selections/2043/${p}`,
    );
    for (const role of [null, ...roles]) {
      const context = await browser.newContext();
      if (role) await signInAs(context, demoUsernames[role]);
      const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
      const api = await playwrightRequest.newContext({
        baseURL: BASE,
        extraHTTPHeaders: cookie ? { cookie: `${COOKIE}=${cookie.value}` } : {},
      });
      for (const path of pages) {
        // Twice: the second load of a public page comes from Next's page cache, which must hold no count either.
        for (const load of ['first', 'cached']) {
          const html = await api.get(path);
          expect(html.status(), `${role} ${path}`).toBe(200);
          if (load === 'cached' && !path.endsWith('/verify'))
            expect(html.headers()['x-nextjs-cache'], `${role} ${path} from the cache`).toMatch(/^(HIT|STALE)$/);
          expect(await html.text(), `${role} ${path} (${load})`).not.toMatch(leaks);
        }
        const rsc = await api.get(path, { headers: { rsc: '1' } });
        expect(await rsc.text(), `${role} ${path} (RSC)`).not.toMatch(leaks);
      }
      for (const path of apis) {
        const r = await api.get(path);
        expect(r.headers()['cache-control']).toBe('no-store');
        expect(await r.text(), `${role} ${path}`).not.toMatch(leaks);
      }
      for (const path of embargoed) {
        const r = await api.get(path);
        expect(r.status(), `${role} ${path}`).toBe(404);
        expect(r.headers()['cache-control']).toBe('no-store');
        expect(await r.text()).not.toMatch(leaks);
      }
      await api.dispose();
      await context.close();
    }
  });
});

test.describe('publication, verification and recount', () => {
  test('organizers publish with a second confirmation; then the results, the log and the receipts are public and check out', async ({
    browser,
    request,
  }) => {
    // A small vote of its own: open now, two ballots through the kiosk API, then closed.
    const at = Date.now();
    const s = e2eDb()
      .insert(selections)
      .values({
        year: 2004,
        title: '2004年度公布测试',
        stage: 'voting',
        winners: 1,
        votingOpensAt: new Date(at - 3_600_000),
        votingClosesAt: new Date(at + 3_600_000),
      })
      .returning()
      .get();
    const pool = e2eDb().select({ id: officials.id, name: officials.name }).from(officials).limit(3).all();
    const ids = pool.map((o) => e2eDb().insert(candidates).values({ selectionId: s.id, officialId: o.id }).returning().get().id);
    const { issueTestCodes } = await import('./fixtures');
    const { codes } = await issueTestCodes(2004, 2);
    const tracking: string[] = [];
    for (const [i, code] of codes.entries()) {
      const r = await request.post('/api/v1/ballots', {
        headers: { 'x-forwarded-for': `10.9.0.${i}` },
        data: { selection: 2004, code, candidates: i ? [ids[0], ids[1]] : [ids[0]] },
      });
      expect(r.status()).toBe(201);
      tracking.push((await r.json()).trackingCode);
    }
    e2eDb()
      .update(selections)
      .set({ votingClosesAt: new Date(at - 1000) })
      .where(eq(selections.id, s.id))
      .run();

    const first = await browser.newContext();
    await signInAs(first, 'organizer');
    const second = await createAccount('organizer', null);
    const page = await first.newPage();
    await page.goto(`/staff/selections/${s.id}/count`);
    await expect(page.getByTestId('count-check')).toContainText('共 2 张选票');
    await page.getByRole('link', { name: '公布结果…' }).click();
    await expect(page.getByTestId('confirm')).toContainText('全部 2 张选票的记录和指纹将向社会永久公开');
    await page.getByRole('button', { name: '公布结果' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 已申请公布，等待另一位组织部工作人员确认。');
    expect((await request.get('/api/v1/selections/2004/results')).status()).toBe(404);
    await page.getByRole('link', { name: '确认公布…' }).click();
    await page.getByRole('button', { name: '确认公布' }).click();
    await expect(page.getByText('公布申请需要另一位组织部工作人员确认。')).toBeVisible();
    await first.close();

    const other = await browser.newContext();
    await signInAs(other, second.username);
    const confirmer = await other.newPage();
    await confirmer.goto(`/staff/selections/${s.id}/count`);
    await confirmer.getByRole('link', { name: '确认公布…' }).click();
    await confirmer.getByRole('button', { name: '确认公布' }).click();
    await expect(confirmer.getByText('结果已经公布。')).toBeVisible();
    await other.close();
    expect(e2eDb().select().from(publications).where(eq(publications.selectionId, s.id)).get()!.publishedAt).not.toBeNull();

    const results = await request.get('/api/v1/selections/2004/results');
    expect(results.status()).toBe(200);
    const body = await results.json();
    expect(body).toMatchObject({ year: 2004, ballotsCast: 2 });
    expect(body.candidates[0]).toMatchObject({ id: ids[0], name: pool[0]!.name, votes: 2, rank: 1, winner: true });
    expect(results.headers()['access-control-allow-origin']).toBe('*');
    const etag = results.headers()['etag']!;
    expect((await request.get('/api/v1/selections/2004/results', { headers: { 'if-none-match': etag } })).status()).toBe(304);
    const csvText = await (await request.get('/api/v1/selections/2004/results?format=csv')).text();
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const log = await request.get('/api/v1/selections/2004/ballots');
    expect(log.headers()['content-type']).toContain('application/x-ndjson');
    const lines = (await log.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.choices.length).sort()).toEqual([1, 2]);

    const page2 = await browser.newPage();
    await page2.goto(`/selections/2004/verify?code=${tracking[0]!.toLowerCase()}`);
    await expect(page2.getByTestId('verify-answer')).toContainText('您的选票已计入。');
    // The answer never names whom the ballot chose.
    await expect(page2.locator('main')).not.toContainText(pool[0]!.name);
    await page2.goto('/selections/2004/verify?code=ABCDEFGHJKLM');
    await expect(page2.getByTestId('verify-answer')).toContainText('没有找到这个回执码');
    await page2.goto('/selections/2004/recount');
    await page2.getByRole('button', { name: '用公开的选票记录计票' }).click();
    await expect(page2.getByTestId('recount-answer')).toContainText('重新计票的结果与公布结果完全一致。');
    await expect(page2.getByTestId('recount-answer')).toContainText('与公布的指纹一致');
    await page2.goto('/selections/2004');
    await expect(page2.getByTestId('winners')).toContainText(pool[0]!.name);
    await expect(page2.locator('.chart img')).toBeVisible();
    await page2.close();
  });
});
