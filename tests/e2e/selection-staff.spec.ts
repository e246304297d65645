import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { ballotCodes, codeBatches, criteria, nominations, selections } from '../../db/schema';
import { BASE, currentYear, e2eDb, expect, signInAs, test } from './fixtures';

/** A selection of its own, in the given stage, so this file never disturbs the demo vote. */
function selectionIn(stage: 'criteria' | 'nomination', year: number) {
  const at = Date.now();
  return e2eDb()
    .insert(selections)
    .values({
      year,
      title: `${year}年度测试评选`,
      stage,
      votingOpensAt: new Date(at + 86_400_000 * 30),
      votingClosesAt: new Date(at + 86_400_000 * 60),
    })
    .returning()
    .get();
}

test.describe('criteria and nominations, from resident to organizer', () => {
  test('a resident proposes a criterion; it is held until an organizer adopts it, then shown on the selection page', async ({
    page,
    browser,
  }) => {
    const selection = selectionIn('criteria', 2041);
    await page.goto(`/selections/2041/criteria`);
    await page.getByLabel('您认为好公仆应该是什么样的？').fill('下雨天积水时第一个赶到现场');
    await page.getByRole('button', { name: '提交建议' }).click();
    await expect(page.getByText('谢谢！您的建议已收到')).toBeVisible();
    const row = e2eDb().select().from(criteria).where(eq(criteria.selectionId, selection.id)).get()!;
    expect(row).toMatchObject({ text: '下雨天积水时第一个赶到现场', status: 'pending' });
    await page.goto('/selections/2041');
    await expect(page.getByText('下雨天积水时第一个赶到现场')).toHaveCount(0);

    const staff = await browser.newContext();
    await signInAs(staff, 'organizer');
    const organizer = await staff.newPage();
    await organizer.goto(`/staff/selections/${selection.id}/criteria`);
    await organizer.getByRole('button', { name: '采纳' }).first().click();
    await expect(organizer.getByText('已保存')).toBeVisible();
    await staff.close();

    await page.goto('/selections/2041');
    await expect(page.getByText('下雨天积水时第一个赶到现场')).toBeVisible();
  });

  test('a resident nominates someone not on the roster; the organizer links and approves; the candidate page shows the reason', async ({
    page,
    browser,
  }) => {
    const selection = selectionIn('nomination', 2042);
    await page.goto('/selections/2042/nominate');
    await page.getByRole('button', { name: '提交推荐' }).click();
    await expect(page.getByRole('link', { name: '推荐理由请至少写 10 个字。' })).toBeVisible();
    await page.getByLabel('不在名单中，我来填写').check();
    await page.getByLabel('姓名（不在名单中时填写）').fill('林');
    await page.getByLabel('单位（不在名单中时填写）').fill('桂香里社区');
    await page.getByLabel('推荐理由').fill('每天早上在路口帮老人过马路，坚持了三年。');
    await page.getByRole('button', { name: '提交推荐' }).click();
    await expect(page.getByText('谢谢！您的推荐已收到')).toBeVisible();
    expect(e2eDb().select().from(nominations).where(eq(nominations.selectionId, selection.id)).get()).toMatchObject({
      status: 'pending',
      officialId: null,
    });

    const staff = await browser.newContext();
    await signInAs(staff, 'organizer');
    const organizer = await staff.newPage();
    await organizer.goto(`/staff/selections/${selection.id}/nominations`);
    await organizer.getByRole('button', { name: '通过，列为候选人' }).click();
    await expect(organizer.getByRole('link', { name: '关联名册中的干部：请关联干部名册中的一人。' })).toBeVisible();
    await organizer.getByLabel('关联名册中的干部').selectOption({ index: 1 });
    await organizer.getByRole('button', { name: '通过，列为候选人' }).click();
    // The page says what happened where the form was, and the lists already show the new state.
    await expect(organizer.locator('#done')).toBeFocused();
    await expect(organizer.locator('#done')).toContainText('已列入候选人名单（现有候选人 1 人）');
    await expect(organizer.getByRole('heading', { name: '候选人（1）' })).toBeVisible();
    await expect(organizer.getByRole('heading', { name: '待审核的推荐（0）' })).toBeVisible();
    await expect(organizer.getByRole('button', { name: '通过，列为候选人' })).toHaveCount(0);
    await staff.close();

    const nomination = e2eDb().select().from(nominations).where(eq(nominations.selectionId, selection.id)).get()!;
    expect(nomination.status).toBe('approved');
    const candidateId = (e2eDb().$client.prepare('select id from candidates where selection_id = ?').get(selection.id) as { id: number })
      .id;
    await page.goto(`/selections/2042/candidates/${candidateId}`);
    await expect(page.getByText('每天早上在路口帮老人过马路，坚持了三年。')).toBeVisible();
  });
});

test.describe('ballot codes', () => {
  test('an organizer issues a batch, downloads it as CSV, prints slips with QR codes, and the batch reconciles and can be revoked', async ({
    page,
    context,
  }) => {
    await signInAs(context, 'organizer');
    const selection = e2eDb().select().from(selections).where(eq(selections.year, currentYear())).get()!;
    await page.goto(`/staff/selections/${selection.id}/codes`);
    await page.getByLabel('数量').fill('6');
    await page.getByLabel('备注（可不填）').fill('e2e 批次');
    await page.getByRole('button', { name: '生成投票码' }).click();
    await expect(page.getByTestId('issued')).toContainText('生成 6 个投票码');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('投票码,社区,扫码地址');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(
      new RegExp(`^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4},.+,${BASE}/vote\\?code=[2-9A-HJ-NP-Z]{12}$`),
    );

    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '打印选票（A4）' }).click();
    await expect(page.getByTestId('slips').locator('.slip')).toHaveCount(6);
    await expect(page.getByTestId('slips').locator('svg').first()).toBeVisible();

    const batch = e2eDb().select().from(codeBatches).where(eq(codeBatches.note, 'e2e 批次')).get()!;
    const hashes = e2eDb().select().from(ballotCodes).where(eq(ballotCodes.batchId, batch.id)).all();
    expect(hashes).toHaveLength(6);
    // Only hashes are stored: no plain code from the CSV appears in the database file's rows.
    const plain = lines.slice(1).map((l) => l.split(',')[0]!.replace(/-/g, ''));
    for (const h of hashes) expect(plain).not.toContain(h.codeHash);

    await page.reload();
    const row = page.getByTestId('reconciliation').locator('tr', { hasText: 'e2e 批次' });
    await expect(row.locator('td.num')).toHaveText([`#${batch.id} e2e 批次`, '6', '0', '6', '0']);
    await row.getByRole('link', { name: '作废本批未用的码…' }).click();
    await page.getByRole('button', { name: '作废这 6 个投票码' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 已作废本批未使用的投票码。');
    await page.reload();
    await expect(page.getByTestId('reconciliation').locator('tr', { hasText: 'e2e 批次' }).locator('td.num')).toHaveText([
      `#${batch.id} e2e 批次`,
      '6',
      '0',
      '0',
      '6',
    ]);
    await expect(page.getByTestId('reconciliation').locator('tfoot')).toContainText('数字相符');
  });
});
