import { and, asc, eq } from 'drizzle-orm';
import type { Page } from '@playwright/test';
import { elections, encryptedBallots, selections } from '../../db/schema';
import { tamperCases } from '../../lib/belenios/tamper-cases';
import { smallElection } from '../../lib/belenios/test-fixture';
import { e2eDb, expect, test } from './fixtures';

// SHOTS=1: keep screenshots (test-results/shots) to look at the pages.
const shot = async (page: Page, name: string, info: { project: { name: string } }) => {
  if (process.env.SHOTS) await page.screenshot({ path: `test-results/shots/record-${info.project.name}-${name}.png`, fullPage: true });
};

/** The demo's published encrypted selection and one tracker from its ballot box. */
function publishedEncrypted() {
  const database = e2eDb();
  const selection = database
    .select()
    .from(selections)
    .where(and(eq(selections.mode, 'encrypted'), eq(selections.stage, 'published')))
    .orderBy(asc(selections.year))
    .get()!;
  const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get()!;
  const { tracker } = database
    .select({ tracker: encryptedBallots.tracker })
    .from(encryptedBallots)
    .where(eq(encryptedBallots.electionId, election.id))
    .orderBy(asc(encryptedBallots.seq))
    .get()!;
  return { year: selection.year, tracker };
}

test.describe('a published encrypted selection, as a voter and a reader check it', () => {
  test('“check my receipt” on the results leads to the ballot box, where a pasted tracker is found and no choice is shown', async ({
    page,
  }, info) => {
    const { year, tracker } = publishedEncrypted();
    await page.goto(`/selections/${year}`);
    const winners = await page.getByTestId('winners').locator('li .font-bold').allInnerTexts();
    expect(winners.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: '查验我的回执码' }).click();
    await expect(page).toHaveURL(new RegExp(`/selections/${year}/ballots#q$`));
    await page.getByLabel('查找查验码').fill(` ${tracker} `);
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page.getByTestId('ballot-search')).toHaveText('✓ 找到了：这张选票在投票箱里。');
    await expect(page.getByTestId('ballot-box')).toContainText(tracker);
    for (const name of winners) await expect(page.locator('main')).not.toContainText(name);
    await shot(page, 'box-found', info);

    // A few characters may match another voter's ballot: the page says so rather than "found".
    await page.getByLabel('查找查验码').fill(tracker.slice(0, 4));
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page.getByTestId('ballot-search')).toContainText(`的查验码以 “${tracker.slice(0, 4)}” 开头`);
    await expect(page.getByTestId('ballot-search')).not.toContainText('找到了');

    // The plain selections' receipt page, reached by an old link or a typed address, sends the tracker on.
    await page.goto(`/selections/${year}/verify?code=${encodeURIComponent(tracker)}`);
    await expect(page).toHaveURL(new RegExp(`/selections/${year}/ballots\\?q=`));
    await expect(page.getByTestId('ballot-search')).toHaveText('✓ 找到了：这张选票在投票箱里。');
  });

  test('the check page checks a .bel file the reader chooses, and names the ballot or guardian that fails', async ({ page }, info) => {
    test.setTimeout(180_000);
    const { year } = publishedEncrypted();
    const { sim, bytes } = await smallElection();
    const cases = new Map(await Promise.all(tamperCases(sim, bytes).map(async (c) => [c.name, await c.bytes] as const)));
    const choose = (name: string, buffer: Uint8Array) =>
      page
        .getByLabel('或者：核对您自己保存的投票记录文件')
        .setInputFiles({ name, mimeType: 'application/x-tar', buffer: Buffer.from(buffer) });
    const check = page.getByTestId('archive-check');
    await page.goto(`/selections/${year}/check`);

    // An unaltered file of another election passes, read by number since its candidates are not this selection's.
    await choose('intact.bel', bytes);
    await expect(check).toContainText('核对的是您选择的文件：intact.bel', { timeout: 60_000 });
    await expect(check).toContainText('核对通过：10 张选票和整个记录都没有问题。');
    await expect(check).toContainText(`这个文件不是本次评选的记录（它的评选编号是 ${sim.ctx.election.uuid}）`);
    await expect(page.getByTestId('archive-result').locator('li')).toHaveText(['1: 5', '2: 4', '3: 3', '4: 2', '5: 2', '6: 3']);

    await choose('ballot.bel', cases.get('one ballot altered')!);
    await expect(check).toContainText('核对没有通过', { timeout: 60_000 });
    // The altered ballot first; the count and decryptions that no longer add up follow from it, and the page says so.
    const failures = page.getByTestId('archive-failures').locator('li');
    await expect(failures.first()).toContainText(
      /^查验码为 [A-Za-z0-9+/]{43} 的选票，签名对不上：它不是用发放的投票码投出的，或者投出以后被人改动过。（第 4 条记录）/,
    );
    await expect(failures.nth(1)).toContainText('加密计票与选票不符');
    await expect(check).toContainText('后面几处问题多半是由第一处引起的');
    await shot(page, 'check-ballot', info);

    await choose('proof.bel', cases.get('one proof altered')!);
    await expect(check).toContainText('核对的是您选择的文件：proof.bel', { timeout: 60_000 });
    await expect(failures.first()).toContainText(/^查验码为 [A-Za-z0-9+/]{43} 的选票，附带的证明不成立/);
    await expect(page.getByTestId('archive-failures')).not.toContainText('签名对不上');

    await choose('decryption.bel', cases.get('one partial decryption altered')!);
    await expect(check).toContainText('核对的是您选择的文件：decryption.bel', { timeout: 60_000 });
    // The second of guardians 1, 3 and 5 to decrypt.
    await expect(failures.first()).toContainText('第 3 位监票人交回的解密部分，附带的证明不成立');
    await expect(page.getByTestId('archive-failures')).not.toContainText('查验码为');
    await shot(page, 'check-decryption', info);

    // Something that is not an archive at all.
    await choose('notes.bel', new TextEncoder().encode('not a voting record'));
    await expect(check).not.toContainText('核对通过', { timeout: 60_000 });
    await expect(check).toContainText(/核对没有通过|读不出来/);

    // The same words in English.
    await page.goto(`/en/selections/${year}/check`);
    await page.getByLabel('Or: check a voting record file you kept').setInputFiles({
      name: 'ballot.bel',
      mimeType: 'application/x-tar',
      buffer: Buffer.from(cases.get('one ballot altered')!),
    });
    await expect(check).toContainText(/The ballot with tracking code [A-Za-z0-9+/]{43}: its signature does not match/, { timeout: 60_000 });
  });
});
