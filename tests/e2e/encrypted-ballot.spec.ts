import { boxRow, credentialStatus, openEncryptedSelection } from './encrypted-fixtures';
import { expect, test } from './fixtures';

// Each project (phone, desktop) votes in an encrypted selection of its own year.
let election: ReturnType<typeof openEncryptedSelection>;
let year: number;

test.describe.configure({ mode: 'serial' });

// SHOTS=1: keep screenshots of each screen (test-results/shots) to look at the pages.
const shot = async (page: import('@playwright/test').Page, name: string) => {
  if (process.env.SHOTS) await page.screenshot({ path: `test-results/shots/${year}-${name}.png`, fullPage: true });
};

test.beforeAll(({}, info) => {
  year = info.project.name === 'phone' ? 2007 : 2008;
  election = openEncryptedSelection(year);
});

test.describe('an encrypted selection, from the slip to the ballot box', () => {
  test('with JavaScript: the code from the QR link, one check of the device, then the real ballot, found in the ballot box', async ({
    page,
  }) => {
    const code = election.codes[0]!;
    await page.goto(`/vote?year=${year}#${code}`);
    const field = page.getByLabel('投票码');
    await expect(field).toHaveValue(code);
    // The code leaves the address bar once read.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
    const options = page.locator('input[name=candidate]');
    await options.nth(1).check();
    await options.nth(3).check();
    await expect(page.getByTestId('counter')).toHaveText('已选 2 人，还可以选 1 人（最多 3 人）');
    await shot(page, 'ballot');
    const chosen = await page.locator('.candidate-option.is-checked .text-lg').allInnerTexts();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    for (const name of chosen) await expect(page.getByTestId('review-list')).toContainText(name);
    await shot(page, 'review');
    // The device seals in a Web Worker, started with the review screen, so the page stays responsive meanwhile.
    await expect.poll(() => page.workers().length).toBeGreaterThan(0);
    // Its script loaded and runs (a worker that failed to load would leave sealing to the page).
    expect(await page.workers()[0]!.evaluate(() => typeof self.onmessage)).toBe('function');

    // The check is guarded: a first tap only explains that this ballot will not be cast.
    await page.getByRole('button', { name: '先检查一下：这部设备是否如实记下了我的选择' }).click();
    await expect(page.getByText('用来检查的这张选票不会投出、不会计入。')).toBeVisible();
    await page.getByRole('button', { name: '开始检查（这张不投出）' }).click();
    await expect(page.getByText('检查通过：这部设备如实记下了您选的以下 2 人。')).toBeVisible();
    for (const name of chosen) await expect(page.getByTestId('audit-list')).toContainText(name);
    await page.getByText('给懂行的人看的细节').click();
    await expect(page.getByTestId('audit-randomness').locator('li')).toHaveCount(6);
    await shot(page, 'audit');
    const auditTracker = (await page.getByTestId('audit-tracker').innerText()).trim();
    expect(credentialStatus(election.selectionId, election.uuid, code)).toBe('unused');
    await page.getByRole('button', { name: '返回，正式投票' }).click();

    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible({ timeout: 30_000 });
    const tracker = (await page.getByTestId('tracking-code').innerText()).trim();
    expect(tracker).toMatch(/^[A-Za-z0-9+/]{43}$/);
    expect(tracker).not.toBe(auditTracker);
    await shot(page, 'receipt');
    for (const name of chosen) await expect(page.locator('main')).not.toContainText(name);
    expect(credentialStatus(election.selectionId, election.uuid, code)).toBe('used');
    expect(boxRow(election.electionId, tracker)?.origin).toBe('device');
    // The audited ballot was thrown away, never sent.
    expect(boxRow(election.electionId, auditTracker)).toBeUndefined();

    await page.getByRole('link', { name: '到投票箱页面找到我的选票' }).click();
    await expect(page.getByTestId('ballot-search')).toContainText('找到了：这张选票在投票箱里。');
    await expect(page.getByTestId('ballot-box')).toContainText(tracker);
    await expect(page.getByTestId('ballot-box')).toContainText('投票人自己的设备');
    await shot(page, 'box');

    // The same code a second time: refused at the first step.
    await page.goto(`/vote?year=${year}#${code}`);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('这个投票码已经投过票了。')).toBeVisible();
  });

  test('without JavaScript: the server seals the ballot on the voter’s behalf and says so in the ballot box', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const code = election.codes[1]!;
    await page.goto(`/vote?year=${year}`);
    await page.getByLabel('投票码').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
    await page.locator('input[name=candidate]').nth(0).check();
    await page.getByRole('button', { name: '下一步：核对选票' }).click();
    await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
    await page.getByRole('button', { name: '确认投票' }).click();
    await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible({ timeout: 30_000 });
    const tracker = (await page.getByTestId('tracking-code').innerText()).trim();
    expect(boxRow(election.electionId, tracker)?.origin).toBe('server');
    expect(credentialStatus(election.selectionId, election.uuid, code)).toBe('used');
    await page.goto(`/selections/${year}/ballots?q=${encodeURIComponent(tracker.slice(0, 8))}`);
    await expect(page.getByTestId('ballot-box')).toContainText(tracker);
    await expect(page.getByTestId('ballot-box')).toContainText('由本网站代为封好');
    await context.close();
  });

  test('the ballot box in open data, and the whole record verified in the reader’s browser', async ({ page, request }) => {
    const lines = (await (await request.get(`/api/v1/selections/${year}/ballot-box`)).text()).trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as { tracker: string; origin: string });
    expect(rows.map((r) => r.origin).sort()).toEqual(['device', 'server']);
    for (const r of rows) expect(boxRow(election.electionId, r.tracker)).toBeDefined();
    await page.goto(`/selections/${year}/check`);
    await page.getByRole('button', { name: '开始核对' }).click();
    await expect(page.getByTestId('archive-check')).toContainText('核对通过：2 张选票和整个记录都没有问题。', { timeout: 30_000 });
    await expect(page.getByTestId('archive-check')).toContainText('投票中');
    await shot(page, 'check');

    // The same record with one ballot's byte changed on the way: the reader's browser says so.
    await page.route('**/archive.bel', async (route) => {
      const body = Buffer.from(await (await route.fetch()).body());
      // A byte of the last ballot: its file no longer matches the hash it is named and chained by.
      const at = body.lastIndexOf('"election_uuid"');
      expect(at).toBeGreaterThan(0);
      body[at + 1] = 'E'.charCodeAt(0);
      await route.fulfill({ body, contentType: 'application/x-tar' });
    });
    await page.getByRole('button', { name: '开始核对' }).click();
    await expect(page.getByTestId('archive-check')).toContainText('核对没有通过', { timeout: 30_000 });
    await expect(page.getByTestId('archive-check')).toContainText('有一个文件的内容与它的名字不符');
    await shot(page, 'check-failed');
  });
});
