import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import * as s from '../../db/schema';
import { verifyArchive } from '../../lib/belenios/verify';
import { BASE, e2eDb, expect as baseExpect, signInAs, test } from './fixtures';
import { authorityBatch, guardiansCeremony, partyPage, sirona, sendPartialDecryption } from './guardian-steps';

// Every step waits on real cryptography in a browser or the server, on a shared 2-core machine.
const expect = baseExpect.configure({ timeout: 60_000 });
const WAN = 10_000;

/** A street's residents' call in screening: three feasible projects, budget 200万, up to 2 choices. */
function makeCall() {
  const street = e2eDb().select().from(s.units).where(eq(s.units.name, '春晖街道')).get()!;
  const community = e2eDb().select().from(s.units).where(eq(s.units.parentId, street.id)).get()!;
  const year = 2100 + Math.floor(Math.random() * 800);
  const call = e2eDb()
    .insert(s.projectCalls)
    .values({
      year,
      unitId: street.id,
      title: `${year} 居民加密票选`,
      budget: 200 * WAN,
      mode: 'residents',
      maxChoices: 2,
      stage: 'screening',
      rule: { mode: 'residents', budget: 200 * WAN, maxChoices: 2, deputies: null },
    })
    .returning()
    .get();
  const projects = [
    ['加密测试·路灯', 120 * WAN],
    ['加密测试·座椅', 60 * WAN],
    ['加密测试·花园', 100 * WAN],
  ] as const;
  for (const [title, cost] of projects)
    e2eDb()
      .insert(s.projectProposals)
      .values({
        callId: call.id,
        communityId: community.id,
        title,
        titleKey: `${title}${year}`,
        problem: '需要解决的问题',
        source: 'resident',
        status: 'feasible',
        estimatedCost: cost,
        responsibleUnitId: street.id,
      })
      .run();
  return call;
}

test("a residents' call voted with encrypted ballots: guardians, codes, a device ballot and one without JavaScript, k decryptions, the adopted list", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(900_000);
  const call = makeCall();
  await signInAs(context, 'organizer');
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-keys-'));
  const here = `${BASE}/staff/projects/calls/${call.id}`;

  // The organizer sets up the call's guardians (2 of 3) and credential authority on the call's page.
  await page.goto(here);
  const election = page.getByTestId('call-election');
  await election.locator('#g-name-0').fill('居民代表甲');
  await election.locator('#g-name-1').fill('纪委乙');
  await election.locator('#g-name-2').fill('公证员丙');
  await election.locator('#f-threshold').fill('2');
  await election.locator('#f-authorityName').fill('投票码管理人丁');
  await election.getByRole('button', { name: '生成专用链接' }).click();
  await expect(page.getByTestId('party-links')).toBeVisible();
  const links = await Promise.all([1, 2, 3].map((n) => page.getByTestId(`link-guardian-${n}`).inputValue()));
  const authorityLink = await page.getByTestId('link-authority-0').inputValue();

  // Each guardian in their own browser: key file made and downloaded there, then three steps.
  const { guardians, keyFiles } = await guardiansCeremony(browser, links, keyDir);
  await expect(guardians[0]!.locator('main')).toContainText(call.title);
  for (const g of guardians) await g.context().close();

  // The credential authority makes 3 codes in its browser, for a community of the call's street.
  const { authority, rows } = await authorityBatch(browser, authorityLink, 3);
  const codes = rows.map((r) => r.split(',')[0]!);
  expect(rows[0]).toContain(`${BASE}/projects/calls/${call.id}/ballot#${codes[0]}`);
  await authority.context().close();

  // Opening the vote freezes the ballot into the election.
  await page.goto(here);
  await expect(page.getByTestId('election-ready')).toContainText('已就绪');
  await page.getByTestId('stage-form').getByRole('button', { name: '开始票决' }).click();
  await expect(page.getByTestId('call-stage')).toContainText('票决中');

  // A resident with JavaScript: the slip's link fills the code; over budget is refused before sealing.
  const resident = await partyPage(browser, `${BASE}/projects/calls/${call.id}/ballot#${codes[0]}`);
  await expect(resident.locator('#code')).toHaveValue(codes[0]!);
  await expect(resident.getByTestId('ballot-total')).toContainText('200 万元');
  await resident.getByRole('checkbox', { name: /路灯/ }).check();
  await resident.getByRole('checkbox', { name: /花园/ }).check();
  await resident.getByRole('button', { name: '提交选票' }).click();
  await expect(resident.locator('main').getByRole('alert')).toContainText('超过了年度预算');
  await resident.getByRole('checkbox', { name: /花园/ }).uncheck();
  await resident.getByRole('checkbox', { name: /座椅/ }).check();
  await resident.getByRole('button', { name: '提交选票' }).click();
  await expect(resident.getByTestId('ballot-cast')).toBeVisible();
  const tracker = (await resident.getByTestId('tracker').textContent())!.trim();
  // At once in the call's public ballot box, found by the whole tracker; no choice is shown there.
  await resident.getByRole('link', { name: '在公开投票箱里查找我的选票' }).click();
  await expect(resident.getByTestId('ballot-search')).toContainText('找到了');
  await expect(resident.getByTestId('ballot-box')).toContainText(tracker);
  await expect(resident.locator('main')).not.toContainText('路灯');

  // A resident without JavaScript: the server checks the budget, seals the choice and keeps no plaintext.
  const plain = await partyPage(browser, `${BASE}/projects/calls/${call.id}/ballot`, false);
  await plain.locator('#code').fill(codes[1]!);
  await plain.getByRole('checkbox', { name: /路灯/ }).check();
  await plain.getByRole('checkbox', { name: /花园/ }).check();
  await plain.getByRole('button', { name: '提交选票' }).click();
  await expect(plain.locator('main')).toContainText('超过了年度预算');
  await plain.locator('#code').fill(codes[1]!);
  await plain.getByRole('checkbox', { name: /路灯/ }).check();
  await plain.getByRole('button', { name: '提交选票' }).click();
  await expect(plain.getByTestId('ballot-cast')).toBeVisible();
  // The same code again is refused.
  await plain.goto(`${BASE}/projects/calls/${call.id}/ballot`);
  await plain.locator('#code').fill(codes[1]!);
  await plain.getByRole('checkbox', { name: /座椅/ }).check();
  await plain.getByRole('button', { name: '提交选票' }).click();
  await expect(plain.locator('main')).toContainText('已经投过票');
  const box = e2eDb()
    .select()
    .from(s.encryptedBallots)
    .innerJoin(s.elections, eq(s.elections.id, s.encryptedBallots.electionId))
    .where(eq(s.elections.callId, call.id))
    .all();
  expect(box.map((r) => r.encrypted_ballots.origin).sort()).toEqual(['device', 'server']);
  expect(box.map((r) => r.encrypted_ballots.tracker)).toContain(tracker);

  // The organizer closes the vote; two guardians come back with their key files and decrypt.
  await page.goto(here);
  await page.getByRole('button', { name: '结束投票并相加' }).click();
  await expect(page.getByTestId('decryptions')).toContainText('已有 0 位');
  for (const i of [0, 2]) await sendPartialDecryption(browser, links[i]!, keyFiles[i]!, i === 2);
  await page.goto(here);
  await expect(page.getByTestId('decryptions')).toContainText('已解密');

  // The adopted list, by the published rule, with the counts: 路灯 2 votes, 座椅 1 (together 180万), 花园 none.
  await page.getByTestId('decide-form').getByRole('button', { name: '结束票决，按规则计算并公布结果' }).click();
  await expect(page.getByText('结果已按规则计算并公布。')).toBeVisible();
  await page.goto(`${BASE}/projects/calls/${call.id}`);
  const result = page.getByTestId('call-result');
  await expect(result.getByRole('row', { name: /路灯/ })).toContainText('2');
  await expect(result.getByRole('row', { name: /路灯/ })).toContainText('入选');
  await expect(result.getByRole('row', { name: /座椅/ })).toContainText('1');
  await expect(result.getByRole('row', { name: /座椅/ })).toContainText('入选');
  await expect(result.getByRole('row', { name: /花园/ })).toContainText('无人投票');

  // The published record: accepted by our verifier and by sirona, an independent Belenios 2.5 implementation.
  const response = await page.request.get(`${BASE}/api/v1/projects/calls/${call.id}/archive.bel`);
  expect(response.status()).toBe(200);
  const bytes = new Uint8Array(await response.body());
  expect(await verifyArchive(bytes, { forbidRevotes: true })).toMatchObject({ ok: true, phase: 'published', ballots: 2 });
  const uuid = e2eDb().select().from(s.elections).where(eq(s.elections.callId, call.id)).get()!.uuid;
  const theirs = sirona(bytes, uuid);
  expect(theirs.status, theirs.stderr).toBe(0);
});
