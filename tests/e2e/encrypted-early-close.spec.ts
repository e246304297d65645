import { eq } from 'drizzle-orm';
import { encryptedBallots } from '../../db/schema';
import { credentialStatus, electionPhase, openEncryptedSelection } from './encrypted-fixtures';
import { createAccount, e2eDb, expect, signInAs, test } from './fixtures';

const YEAR = 2011;

test('ending an encrypted vote early closes the ballot box: the staff page says so, and a voter who confirms afterwards is told the vote is over', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const election = openEncryptedSelection(YEAR, 2);
  const here = `/staff/selections/${election.selectionId}`;

  // A voter has reached the review screen before the organizers act.
  const voterContext = await browser.newContext();
  const voter = await voterContext.newPage();
  const code = election.codes[0]!;
  await voter.goto(`/vote?year=${YEAR}#${code}`);
  await voter.getByRole('button', { name: '下一步' }).click();
  await voter.locator('input[name=candidate]').first().check();
  await voter.getByRole('button', { name: '下一步：核对选票' }).click();
  await expect(voter.getByRole('heading', { name: '请核对您的选票' })).toBeVisible();

  await signInAs(context, 'organizer');
  const second = await createAccount('organizer', null);
  await page.goto(`${here}?confirm=end-early`);
  await expect(page.getByTestId('confirm')).toContainText('这是加密投票：投票箱同时关上并做好加密合计，此后送来的选票一律不收');
  await page.getByTestId('confirm').getByLabel('理由').fill('发现一批投票码被人大量收购。');
  await page.getByTestId('confirm').getByRole('button', { name: '提前结束投票' }).click();
  await expect(page.getByTestId('done')).toContainText('已申请提前结束投票');
  expect(electionPhase(election.electionId)).toBe('frozen');

  const other = await browser.newContext();
  await signInAs(other, second.username);
  const confirmer = await other.newPage();
  await confirmer.goto(`${here}?confirm=end-early-confirm`);
  await confirmer.getByTestId('confirm').getByRole('button', { name: '提前结束投票' }).click();
  await expect(confirmer.getByTestId('done')).toHaveText(
    '✓ 投票已提前结束，投票箱已经关上：此后送来的选票一律不收。加密合计已做好，可以请监票人交回解密部分。',
  );
  await expect(confirmer.getByTestId('box-state')).toHaveText('投票箱已关上，不再收选票（共 0 张）。');
  if (process.env.SHOTS) await confirmer.screenshot({ path: 'test-results/shots/early-close-staff.png', fullPage: true });
  expect(electionPhase(election.electionId)).toBe('closed');
  await other.close();

  // The voter confirms now: refused in plain words, nothing in the box, the code unused.
  await voter.getByRole('button', { name: '确认投票' }).click();
  await expect(voter.locator('main')).toContainText('投票已经截止，选票没有计入。', { timeout: 30_000 });
  await expect(voter.getByText('投票成功，您的选票已计入。')).toHaveCount(0);
  expect(credentialStatus(election.selectionId, election.uuid, code)).toBe('unused');
  expect(e2eDb().select().from(encryptedBallots).where(eq(encryptedBallots.electionId, election.electionId)).all()).toEqual([]);
  await voterContext.close();
});
