import { selections } from '../../db/schema';
import { BASE, e2eDb, expect, signInAs, test } from './fixtures';
import { E2E_PORT } from './env';

/** Chromium writes one `/Type /Page` dictionary per page (and one `/Type /Pages` tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

// Staff reach the server by another name than the public one (here 127.0.0.1 instead of PUBLIC_URL's
// localhost): the slips must carry the public address, not the one in the staff member's address bar.
const STAFF_BASE = `http://127.0.0.1:${E2E_PORT}`;

test('25 ballot slips print on 3 A4 pages with cut lines: each with the code on one line, the QR and the public address, and nothing else', async ({
  page,
  context,
}) => {
  await signInAs(context, 'organizer', STAFF_BASE);
  const at = Date.now();
  const s = e2eDb()
    .insert(selections)
    .values({
      year: 2074,
      title: '2074年度“十佳公仆”评选',
      stage: 'nomination',
      votingOpensAt: new Date(at + 86_400_000),
      votingClosesAt: new Date(at + 2 * 86_400_000),
    })
    .returning()
    .get();

  await page.goto(`${STAFF_BASE}/staff/selections/${s.id}/codes`);
  await page.getByLabel('数量').fill('25');
  await page.getByRole('button', { name: '生成投票码' }).click();
  await expect(page.getByTestId('issued')).toContainText('生成 25 个投票码');
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: '打印选票（A4）' }).click();
  const slips = page.getByTestId('slips').locator('.slip');
  await expect(slips).toHaveCount(25);
  await expect(page.getByTestId('slips').locator('.slip-page')).toHaveCount(3);
  await expect(slips.first().locator('svg')).toBeVisible();
  await expect(slips.first().locator('.slip-address')).toHaveText(`${BASE}/vote`);
  await expect(slips.first().locator('.slip-code')).toHaveText(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

  await page.emulateMedia({ media: 'print' });
  // The page chrome takes no paper.
  for (const chrome of [page.locator('header').first(), page.getByRole('heading', { name: '发放投票码' }), page.getByTestId('issued')])
    await expect(chrome).toBeHidden();
  // Every code and title on one line, inside its slip.
  const fits = await slips.evaluateAll((nodes) =>
    nodes.map((slip) => {
      const line = (el: Element | null) => {
        const e = el as HTMLElement;
        return (
          e.scrollWidth <= e.clientWidth &&
          e.getClientRects().length === 1 &&
          e.offsetHeight < parseFloat(getComputedStyle(e).lineHeight) * 1.5
        );
      };
      const box = slip.getBoundingClientRect();
      const code = slip.querySelector('.slip-code')!.getBoundingClientRect();
      return line(slip.querySelector('.slip-code')) && line(slip.querySelector('.slip-title')) && code.bottom <= box.bottom;
    }),
  );
  expect(fits).toEqual(Array(25).fill(true));
  const dashed = await slips.first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(dashed).toBe('dashed');

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(3);
  // Every page is A4: 595 × 842 points.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes).toHaveLength(3);
  for (const [w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
});
