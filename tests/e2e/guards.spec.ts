import { and, desc, eq } from 'drizzle-orm';
import { auditLog, ballotCodes, earlyClosures, nominations, officials, selections, units } from '../../db/schema';
import { issueCodes } from '../../lib/selection/issue';
import { createAccount, e2eDb, expect, signInAs, test } from './fixtures';

/**
 * Irreversible staff steps, as an organizer meets them: the confirmation names the consequence,
 * cancelling changes nothing, confirming does it, and the audit log has the row. With and without
 * JavaScript: the confirmation is a step the server renders, not a browser dialog.
 */
const HOUR = 3_600_000;
const audits = (action: string, entityId: number) =>
  e2eDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .all();
const selectionRow = (id: number) => e2eDb().select().from(selections).where(eq(selections.id, id)).get()!;

function ownSelection(year: number, stage: 'nomination' | 'voting', opensIn: number, closesIn: number) {
  const at = Date.now();
  return e2eDb()
    .insert(selections)
    .values({
      year,
      title: `${year}年度防误操作测试`,
      stage,
      votingOpensAt: new Date(at + opensIn),
      votingClosesAt: new Date(at + closesIn),
    })
    .returning()
    .get();
}

test('moving to voting: refused while a nomination is undecided; the button names the stage; cancel changes nothing; confirm moves it', async ({
  page,
  context,
}) => {
  const organizer = await signInAs(context, 'organizer');
  const s = ownSelection(2071, 'nomination', 24 * HOUR, 30 * 24 * HOUR);
  const official = e2eDb().select().from(officials).where(eq(officials.active, true)).get()!;
  e2eDb()
    .insert(nominations)
    .values({
      selectionId: s.id,
      officialId: official.id,
      nomineeName: official.name,
      nomineeUnit: '',
      reason: '下雨天第一个赶到积水的路口。',
    })
    .run();

  await page.goto(`/staff/selections/${s.id}`);
  await expect(page.getByTestId('stage-blocked')).toContainText('现在还不能进入“投票中”');
  await expect(page.getByTestId('stage-blocked')).toContainText('还有未审核的提名');
  await expect(page.getByRole('link', { name: /进入下一阶段/ })).toHaveCount(0);
  await page.getByRole('link', { name: '去审核提名' }).click();
  await page.getByRole('button', { name: '通过，列为候选人' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已通过：' })).toBeVisible();

  await page.goto(`/staff/selections/${s.id}`);
  await page.getByRole('link', { name: '进入下一阶段：投票中' }).click();
  const panel = page.getByTestId('confirm');
  await expect(panel.getByRole('heading', { name: '确认进入“投票中”阶段' })).toBeFocused();
  await expect(panel).toContainText('选票定稿：候选人名单和每票可选人数不能再改');
  await expect(panel).toContainText('此操作无法撤销。');
  await panel.getByRole('link', { name: '取消，返回' }).click();
  await expect(page.getByTestId('confirm')).toHaveCount(0);
  expect(selectionRow(s.id).stage).toBe('nomination');
  expect(audits('selection.stage', s.id)).toHaveLength(0);

  await page.getByRole('link', { name: '进入下一阶段：投票中' }).click();
  await page.getByRole('button', { name: '确认进入“投票中”' }).click();
  await expect(page.getByTestId('done')).toHaveText('✓ 已进入“投票中”阶段。');
  expect(selectionRow(s.id).stage).toBe('voting');
  expect(audits('selection.stage', s.id)[0]).toMatchObject({
    actorId: organizer.id,
    before: { stage: 'nomination' },
    after: { stage: 'voting' },
  });
  // Voting has not opened yet: nothing offers to count it.
  await expect(page.getByTestId('stage-blocked')).toContainText('这次投票还没有开始过，不能计票');
  await expect(page.getByRole('link', { name: /计票中/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('revoking a batch of codes: the step names the community and count; cancel keeps the codes; confirm revokes them', async ({
    page,
    context,
  }) => {
    const organizer = await signInAs(context, 'organizer');
    const s = ownSelection(2002, 'voting', -HOUR, 24 * HOUR);
    const community = e2eDb().select().from(units).where(eq(units.kind, 'community')).get()!;
    const issued = await issueCodes(e2eDb(), { selectionId: s.id, communityId: community.id, count: 3 }, { id: null, username: 'e2e' });
    if (!issued.ok) throw new Error(issued.reason);
    const statuses = () =>
      e2eDb()
        .select()
        .from(ballotCodes)
        .where(eq(ballotCodes.batchId, issued.batchId))
        .all()
        .map((c) => c.status);

    await page.goto(`/staff/selections/${s.id}/codes`);
    const row = () => page.getByTestId('reconciliation').locator('tr', { hasText: `#${issued.batchId}` });
    await row().getByRole('link', { name: '作废本批未用的码…' }).click();
    const panel = page.getByTestId('confirm');
    await expect(panel).toContainText(`${community.name}本批 3 个未使用的投票码立即失效`);
    await expect(panel).toContainText('此操作无法撤销。');
    await panel.getByRole('link', { name: '取消，返回' }).click();
    await expect(page.getByTestId('confirm')).toHaveCount(0);
    expect(statuses()).toEqual(['unused', 'unused', 'unused']);
    expect(audits('codes.revokeBatch', issued.batchId)).toHaveLength(0);

    await row().getByRole('link', { name: '作废本批未用的码…' }).click();
    await page.getByRole('button', { name: '作废这 3 个投票码' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 已作废本批未使用的投票码。');
    expect(statuses()).toEqual(['revoked', 'revoked', 'revoked']);
    expect(audits('codes.revokeBatch', issued.batchId)[0]).toMatchObject({ actorId: organizer.id, after: { revoked: 3 } });
    await expect(row()).toContainText('本批已作废');
  });

  test('ending voting early: a reason, then a second organizer confirms; until then the vote goes on', async ({
    page,
    context,
    browser,
  }) => {
    const first = await signInAs(context, 'organizer');
    const second = await createAccount('organizer', null);
    const s = ownSelection(2003, 'voting', -HOUR, 24 * HOUR);
    const here = `/staff/selections/${s.id}`;

    await page.goto(here);
    await expect(page.getByRole('link', { name: /进入下一阶段/ })).toHaveCount(0);
    await page.getByRole('link', { name: '提前结束投票…' }).click();
    const panel = page.getByTestId('confirm');
    await expect(panel).toContainText('投票立即停止：居民手中未用的投票码都不能再投票');
    await expect(panel).toContainText('需另一位确认后才会结束');
    await panel.getByRole('button', { name: '提前结束投票' }).click();
    await expect(page.getByTestId('confirm')).toContainText('请写明理由（至少 5 个字）。');
    expect(e2eDb().select().from(earlyClosures).where(eq(earlyClosures.selectionId, s.id)).get()).toBeUndefined();
    await page.getByTestId('confirm').getByLabel('理由').fill('发现一批投票码被人大量收购。');
    await page.getByTestId('confirm').getByRole('button', { name: '提前结束投票' }).click();
    await expect(page.getByTestId('done')).toHaveText('✓ 已申请提前结束投票，等待另一位组织部工作人员确认。投票照常进行。');
    expect(selectionRow(s.id).stage).toBe('voting');
    expect(audits('selection.endEarly', s.id)[0]).toMatchObject({ actorId: first.id, after: { reason: '发现一批投票码被人大量收购。' } });
    // The one who asked cannot confirm.
    await expect(page.getByRole('link', { name: '确认提前结束投票…' })).toHaveCount(0);

    const other = await browser.newContext({ javaScriptEnabled: false });
    await signInAs(other, second.username);
    const confirmer = await other.newPage();
    await confirmer.goto(here);
    await expect(confirmer.getByTestId('end-early')).toContainText('理由：发现一批投票码被人大量收购。');
    await confirmer.getByRole('link', { name: '确认提前结束投票…' }).click();
    await expect(confirmer.getByTestId('confirm')).toContainText('发现一批投票码被人大量收购。');
    await confirmer.getByRole('link', { name: '取消，返回' }).click();
    expect(selectionRow(s.id).stage).toBe('voting');
    await confirmer.getByRole('link', { name: '确认提前结束投票…' }).click();
    await confirmer.getByRole('button', { name: '提前结束投票' }).click();
    await expect(confirmer.getByTestId('done')).toHaveText('✓ 投票已提前结束，进入计票。');
    const closed = selectionRow(s.id);
    expect(closed.stage).toBe('counting');
    expect(closed.votingClosesAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(audits('selection.endEarlyConfirm', s.id)[0]).toMatchObject({ actorId: second.id, after: { requestedBy: first.id } });
    await expect(confirmer.getByText(/投票于 .+ 提前结束（原定 .+ 截止）。理由：发现一批投票码被人大量收购。/)).toBeVisible();
    await other.close();
  });
});
