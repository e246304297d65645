import type { Locator, Page } from '@playwright/test';
import { boxRow, credentialStatus, openEncryptedSelection } from './encrypted-fixtures';
import { measureElderPage } from './elder-measure';
import { BASE, expect, test } from './fixtures';

// MIIT 2021 (适老化) numbers for the elder interface, in CSS px, as in public-elder.spec.ts.
const LIMITS = { target: 60, text: 18, lineHeight: 1.3, contrast: 4.5, nonText: 3 };
// Words of the sealing machinery a voter must not meet on the way to the receipt (they may read them in the details).
const CRYPTO = /加密|密文|密钥|数字签名|零知识|哈希|随机数|Belenios|encrypt|cipher|proof|signature|hash/i;
const YEAR = 2009;

test.use({ viewport: { width: 390, height: 844 } });

let election: ReturnType<typeof openEncryptedSelection>;
test.beforeAll(({}, info) => {
  if (info.project.name === 'phone') election = openEncryptedSelection(YEAR, 2);
});

/** Everything the voter reads on this screen, and what falls short of the elder numbers. */
async function screen(page: Page, name: string) {
  await page.screenshot({ path: `test-results/shots/elder-device-${name}.png`, fullPage: true });
  // The selection's own title (made by the fixture) is the organizer's words, not the page's.
  const main = (await page.locator('main').innerText()).replaceAll(`${YEAR} 加密投票测试`, '');
  expect(main, `${name}: no machinery words on the main path`).not.toMatch(CRYPTO);
  return (await page.evaluate(measureElderPage, LIMITS)).map((p) => `${name}: ${p}`);
}

test('elders’ mode on a phone: from the slip’s QR link to the receipt in four taps, and the receipt’s code is in the ballot box', async ({
  page,
  context,
}, info) => {
  test.skip(info.project.name !== 'phone', 'a phone-sized test');
  await context.addCookies([{ name: 'elder', value: '1', url: BASE }]);
  const code = election.codes[0]!;
  let taps = 0;
  const tap = async (target: Locator) => {
    taps++;
    await target.tap();
  };

  // The QR code on the slip opens this address; the code arrives filled in.
  await page.goto(`/vote?year=${YEAR}#${code}`);
  await expect(page.locator('html')).toHaveAttribute('data-elder', '1');
  await expect(page.getByLabel('投票码')).toHaveValue(code);
  const problems = await screen(page, 'code');
  await tap(page.getByRole('button', { name: '下一步' }));

  await expect(page.getByRole('heading', { name: '选择您心目中的好公仆' })).toBeVisible();
  problems.push(...(await screen(page, 'ballot')));
  const first = page.locator('.candidate-option').first();
  const box = (await first.boundingBox())!;
  expect(box.y + box.height, 'the first candidate ends within the first screen').toBeLessThanOrEqual(844);
  const name = (await first.locator('.text-lg').first().innerText()).trim();
  await tap(first);
  await expect(page.getByTestId('counter')).toContainText('已选 1 人');
  await tap(page.getByRole('button', { name: '下一步：核对选票' }));

  await expect(page.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();
  await expect(page.getByTestId('review-list')).toContainText(name);
  problems.push(...(await screen(page, 'review')));
  await tap(page.getByRole('button', { name: '确认投票' }));

  await expect(page.getByText('投票成功，您的选票已计入。')).toBeVisible({ timeout: 60_000 });
  expect(taps, 'taps from the QR link to the receipt').toBeLessThanOrEqual(6);
  problems.push(...(await screen(page, 'receipt')));
  const tracker = (await page.getByTestId('tracking-code').innerText()).trim();
  expect(boxRow(election.electionId, tracker)?.origin).toBe('device');
  expect(credentialStatus(election.selectionId, election.uuid, code)).toBe('used');

  await tap(page.getByRole('link', { name: '到投票箱页面找到我的选票' }));
  await expect(page.getByTestId('ballot-search')).toHaveText('✓ 找到了：这张选票在投票箱里。');
  await expect(page.getByTestId('ballot-box')).toContainText(tracker);
  problems.push(...(await screen(page, 'box')));
  expect(problems).toEqual([]);
});
