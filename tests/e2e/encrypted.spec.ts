import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { candidates, elections, officials, selections } from '../../db/schema';
import { encryptBallot } from '../../lib/belenios/ballot';
import { loadElection } from '../../lib/belenios/election';
import { tamper } from '../../lib/belenios/tamper';
import type { Ballot } from '../../lib/belenios/types';
import { verifyArchive } from '../../lib/belenios/verify';
import { castEncrypted } from '../../lib/election/casting';
import { closeElectionPool } from '../../lib/election/pool';
import { districtDateTime } from '../../lib/district-time';
import { BASE, createAccount, e2eDb, expect as baseExpect, signInAs, test } from './fixtures';
import { authorityBatch, guardiansCeremony, refresh, sirona, sendPartialDecryption } from './guardian-steps';

// Every step here waits on real cryptography in the browser or the server, on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 60_000 });

const YEAR = 2097;
test('an encrypted selection from setup to a published result that an independent Belenios verifier accepts', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(900_000);
  await signInAs(context, 'organizer');
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardian-keys-'));

  // The organizer makes the selection an encrypted vote in the ordinary form.
  await page.goto(`${BASE}/staff/selections/new`);
  await page.locator('#f-year').fill(String(YEAR));
  await page.locator('#f-maxChoices').fill('2');
  await page.locator('#f-winners').fill('1');
  await page.locator('#f-votingOpensAt').fill(districtDateTime(new Date(Date.now() - 3_600_000)));
  await page.locator('#f-votingClosesAt').fill(districtDateTime(new Date(Date.now() + 86_400_000)));
  await page.locator('#f-mode').selectOption('encrypted');
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page).toHaveURL(/saved=1/);
  const selection = e2eDb().select().from(selections).where(eq(selections.year, YEAR)).get()!;
  expect(selection.mode).toBe('encrypted');
  // Candidates, as approved nominations would make them.
  for (const o of e2eDb().select({ id: officials.id }).from(officials).limit(3).all())
    e2eDb().insert(candidates).values({ selectionId: selection.id, officialId: o.id }).run();
  e2eDb().update(selections).set({ stage: 'nomination' }).where(eq(selections.id, selection.id)).run();

  // Three guardians, any two of whom decrypt, and the credential authority: one link each, shown once.
  const here = `${BASE}/staff/selections/${selection.id}/election`;
  await page.goto(here);
  await page.locator('#g-name-0').fill('居民代表甲');
  await page.locator('#g-name-1').fill('纪委乙');
  await page.locator('#g-name-2').fill('公证员丙');
  await page.locator('#f-threshold').fill('2');
  await page.locator('#f-authorityName').fill('投票码管理人丁');
  await page.getByRole('button', { name: '生成专用链接' }).click();
  await expect(page.getByTestId('party-links')).toBeVisible();
  const links = await Promise.all([1, 2, 3].map((n) => page.getByTestId(`link-guardian-${n}`).inputValue()));
  const authorityLink = await page.getByTestId('link-authority-0').inputValue();
  expect(links[0]).toMatch(new RegExp(`^${BASE}/guardian#[A-Za-z0-9_-]{32}$`));

  // Each guardian in their own browser: the key file is made and downloaded there, then three steps.
  const { guardians, keyFiles } = await guardiansCeremony(browser, links, keyDir);
  await refresh(guardians[0]!);
  await expect(guardians[0]!.getByTestId('todo-waitVoting')).toBeVisible();

  // The credential authority makes the codes in its browser; the server gets only their public parts.
  const { authority, rows } = await authorityBatch(browser, authorityLink, 5);
  expect(rows).toHaveLength(5);
  const codes = rows.map((r) => r.split(',')[0]!);
  expect(rows[0]).toContain(`${BASE}/vote#${codes[0]}`);
  await authority.evaluate(() => (window.print = () => undefined));
  await authority.getByRole('button', { name: '打印投票条' }).click();
  await expect(authority.getByTestId('slips').locator('.slip')).toHaveCount(5);

  // Freeze (confirmed on its own step), then open voting.
  await page.goto(here);
  await expect(page.getByTestId('election-phase')).toHaveText('钥匙已生成，等待封存设置');
  await expect(page.getByTestId('codes-registered')).toContainText('5');
  await page.goto(`${here}?confirm=freeze`);
  await page.getByRole('button', { name: '确认封存' }).click();
  await expect(page.getByTestId('done')).toContainText('设置已封存');
  await page.goto(`${BASE}/staff/selections/${selection.id}?confirm=stage`);
  await page.getByRole('button', { name: '确认进入“投票中”' }).click();
  await expect(page.getByTestId('stage')).toHaveText('投票中');

  // Votes through the domain's cast (the voter's page has its own test): two from devices, one encrypted by the server.
  const election = e2eDb().select().from(elections).where(eq(elections.selectionId, selection.id)).get()!;
  const ctx = loadElection(election.electionRaw!);
  const ids = election.answerIds!;
  expect(
    await castEncrypted(e2eDb(), { year: YEAR, ballot: encryptBallot(ctx, codes[0]!, [[1, 1, 0]]).ballot, origin: 'device' }, new Date()),
  ).toMatchObject({ ok: true });
  expect(await castEncrypted(e2eDb(), { year: YEAR, code: codes[1]!, candidateIds: [ids[0]!] }, new Date())).toMatchObject({ ok: true });
  expect(
    await castEncrypted(e2eDb(), { year: YEAR, ballot: encryptBallot(ctx, codes[2]!, [[0, 0, 1]]).ballot, origin: 'device' }, new Date()),
  ).toMatchObject({ ok: true });
  await closeElectionPool(election.id);

  // Voting ends by the clock; the organizer closes the box and the encrypted tally is made.
  e2eDb()
    .update(selections)
    .set({ votingClosesAt: new Date(Date.now() - 1000) })
    .where(eq(selections.id, selection.id))
    .run();
  await page.goto(here);
  await page.getByRole('button', { name: '关闭投票箱并合计' }).click();
  await expect(page.getByTestId('done')).toContainText('共 3 张选票');
  await expect(page.getByTestId('decryptions')).toContainText('已有 0 位');

  // Guardians 1 and 3 come back later (a fresh page) and load their key file from disk.
  for (const i of [0, 2]) await sendPartialDecryption(browser, links[i]!, keyFiles[i]!, i === 2);
  await page.goto(here);
  await expect(page.getByTestId('decryptions')).toContainText('结果已解开');

  // Publication by two organizers.
  const second = await createAccount('organizer', null);
  const count = `${BASE}/staff/selections/${selection.id}/count`;
  await page.goto(count);
  await expect(page.getByTestId('count-check')).toContainText('3');
  await page.goto(`${count}?confirm=publish`);
  await page.getByRole('button', { name: '公布结果' }).click();
  await expect(page.getByTestId('done')).toContainText('等待另一位');
  const otherContext = await browser.newContext();
  await signInAs(otherContext, second.username);
  const other = await otherContext.newPage();
  await other.goto(`${count}?confirm=publish-confirm`);
  await other.getByRole('button', { name: '确认公布' }).click();
  await expect(other.getByText('结果已经公布。')).toBeVisible();

  // The public results show the decrypted counts.
  await page.goto(`${BASE}/selections/${YEAR}`);
  const [first] = e2eDb()
    .select({ name: officials.name })
    .from(candidates)
    .innerJoin(officials, eq(officials.id, candidates.officialId))
    .where(eq(candidates.id, ids[0]!))
    .all();
  await expect(page.getByRole('row', { name: new RegExp(first!.name) })).toContainText('2');

  // The archive: accepted by sirona and by our verifier; an altered ballot is rejected by both.
  const response = await page.request.get(`${BASE}/api/v1/selections/${YEAR}/archive.bel`);
  expect(response.status()).toBe(200);
  const bytes = new Uint8Array(await response.body());
  const ours = await verifyArchive(bytes, { forbidRevotes: true });
  expect(ours).toMatchObject({ ok: true, phase: 'published', ballots: 3, result: [[2, 1, 1]] });
  const theirs = sirona(bytes, election.uuid);
  expect(theirs.status, theirs.stderr).toBe(0);
  const altered = await tamper(bytes, 'ballot', 0, (t) => {
    const b = JSON.parse(t) as Ballot;
    b.answers[0]!.choices.reverse();
    return JSON.stringify(b);
  });
  expect((await verifyArchive(altered)).failures.map((f) => f.check)).toContain('ballot.badSignature');
  expect(sirona(altered, election.uuid).status).not.toBe(0);
});
