import { and, desc, eq, sql } from 'drizzle-orm';
import {
  inspectionOfficials,
  inspections,
  officials,
  reviewFormCodes,
  reviewForms,
  reviewMeetings,
  sites,
  staff,
  units,
} from '../../db/schema';
import { generateCode, hashReviewCode } from '../../lib/reviews/codes';
import { devices } from '@playwright/test';
import { e2eDb, expect, signInAs, test } from './fixtures';

const formsOf = (meetingId: number) =>
  e2eDb()
    .select({ n: sql<number>`count(*)` })
    .from(reviewForms)
    .where(eq(reviewForms.meetingId, meetingId))
    .get()!.n;

/** A fresh meeting for a community official, written as the create command would. */
function newMeeting() {
  const official = e2eDb()
    .select()
    .from(officials)
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(eq(units.kind, 'community'))
    .get()!.officials;
  const organizer = e2eDb().select().from(staff).where(eq(staff.username, 'organizer')).get()!;
  const meeting = e2eDb()
    .insert(reviewMeetings)
    .values({
      officialId: official.id,
      heldOn: new Date().toISOString().slice(0, 10),
      place: 'E2E 会议室',
      attendees: 30,
      createdBy: organizer.id,
    })
    .returning()
    .get();
  return { meeting, official };
}

test.describe('front-line inspections', () => {
  test('an inspector records an inspection of two officials with a recommendation, and follows it up', async ({ page, context }) => {
    await signInAs(context, 'inspector');
    const site = e2eDb().select().from(sites).where(eq(sites.active, true)).get()!;
    const people = e2eDb().select().from(officials).where(eq(officials.unitId, site.unitId)).limit(2).all();
    await page.goto(`/staff/inspections/new?site=${site.id}`);
    await page.getByLabel('实地看').check();
    await page.getByLabel('坐下谈').check();
    await page.getByLabel('考察发现').fill('E2E：工地围挡规范，居民反映噪声。');
    await page.getByLabel('按姓名、单位或职务筛选干部').fill(people[0]!.name);
    await page.locator('#official-0').selectOption(String(people[0]!.id));
    await page.locator('#rating-0').selectOption('4');
    await page.getByLabel('按姓名、单位或职务筛选干部').fill('');
    await page.locator('#official-1').selectOption(String(people[1]!.id));
    await page.locator('#rating-1').selectOption('2');
    await page.getByPlaceholder('建议 1').fill('E2E 建议增配一名网格员');
    await page.getByRole('button', { name: '保存考察记录' }).click();

    await expect(page).toHaveURL(/\/staff\/inspections\/\d+\?saved=1$/);
    const id = Number(/inspections\/(\d+)/.exec(page.url())![1]);
    await expect(page.getByRole('heading', { name: `考察记录：${site.name}` })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(people[0]!.name) })).toContainText('4 分');
    const rated = e2eDb().select().from(inspectionOfficials).where(eq(inspectionOfficials.inspectionId, id)).all();
    expect(rated.map((r) => [r.officialId, r.rating]).sort()).toEqual(
      [
        [people[0]!.id, 4],
        [people[1]!.id, 2],
      ].sort(),
    );

    await page.locator('select[id^="status-"]').selectOption('done');
    await page.getByRole('button', { name: '更新跟进' }).click();
    await expect(page.getByText('标为已办结时，请写明跟进情况。')).toBeVisible();
    await page.locator('textarea[id^="follow-"]').fill('街道已招聘网格员');
    await page.getByRole('button', { name: '更新跟进' }).click();
    await expect(page.locator('article .tag')).toHaveText('已办结');

    await page.goto(`/staff/inspections?official=${people[1]!.id}`);
    await expect(page.getByRole('link', { name: new RegExp(site.name) }).first()).toBeVisible();
  });

  test('a date after today is refused with a clear message and nothing is saved', async ({ page, context }) => {
    await signInAs(context, 'inspector');
    const site = e2eDb().select().from(sites).where(eq(sites.active, true)).get()!;
    const person = e2eDb().select().from(officials).where(eq(officials.unitId, site.unitId)).get()!;
    const before = e2eDb().select({ id: inspections.id }).from(inspections).orderBy(desc(inspections.id)).get()!.id;
    await page.goto(`/staff/inspections/new?site=${site.id}`);
    await page.getByLabel('实地看').check();
    await page.getByLabel('结束日期').fill('2099-01-01');
    await page.getByLabel('考察发现').fill('未来的考察');
    await page.locator('#official-0').selectOption(String(person.id));
    await page.locator('#rating-0').selectOption('3');
    await page.getByRole('button', { name: '保存考察记录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '考察日期不能晚于今天。' })).toBeVisible();
    expect(e2eDb().select({ id: inspections.id }).from(inspections).orderBy(desc(inspections.id)).get()!.id).toBe(before);
  });

  test('viewers read without any way to change; unit staff and surveyors are refused', async ({ browser }) => {
    const viewer = await browser.newContext();
    await signInAs(viewer, 'viewer');
    const page = await viewer.newPage();
    await page.goto('/staff/inspections');
    await expect(page.getByRole('heading', { name: '一线考察' })).toBeVisible();
    await expect(page.getByRole('link', { name: '记录考察' })).toHaveCount(0);
    const first = e2eDb().select().from(inspections).get()!;
    await page.goto(`/staff/inspections/${first.id}`);
    await expect(page.getByRole('button', { name: '更新跟进' })).toHaveCount(0);
    await viewer.close();
    for (const username of ['street', 'surveyor']) {
      const context = await browser.newContext();
      await signInAs(context, username);
      const p = await context.newPage();
      for (const path of ['/staff/inspections', `/staff/inspections/${first.id}`, '/staff/reviews']) {
        const response = await p.goto(path);
        expect(response!.status(), `${username} ${path}`).toBe(403);
      }
      await context.close();
    }
  });
});

test.describe('review meetings', () => {
  test('paper forms typed on the keyboard grid are saved as one batch; a bad batch saves nothing', async ({ page, context }) => {
    await signInAs(context, 'organizer');
    const { meeting } = newMeeting();
    await page.goto(`/staff/reviews/${meeting.id}`);
    await page.locator('#cell-0-0').click();
    await page.keyboard.type('1234a');
    await expect(page.locator('#cell-1-0')).toBeFocused();
    await page.keyboard.type('BBBBB');
    await expect(page.locator('#cell-0-3')).toHaveValue('4');
    await expect(page.locator('#cell-1-4')).toHaveValue('2');
    await page.getByRole('button', { name: '保存这批测评表' }).click();
    await expect(page.getByText('已保存 2 张测评表。')).toBeVisible();
    expect(formsOf(meeting.id)).toBe(2);
    await expect(page.getByTestId('forms-count')).toContainText('已收测评表 2 张');
    await expect(page.locator('#cell-0-0')).toHaveValue('');
    // (87.5 + 75 + 62.5 + 37.5 + 87.5) / 5, worked by hand.
    await expect(page.getByTestId('review-score')).toHaveText('70.0');

    await page.locator('#cell-0-0').click();
    await page.keyboard.type('11');
    await page.getByRole('button', { name: '保存这批测评表' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '一张也没有保存' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: '一张也没有保存' })).toContainText('第 1 张「勤」');
    await expect(page.locator('#cell-0-2')).toHaveAttribute('aria-invalid', 'true');
    expect(formsOf(meeting.id)).toBe(2);
  });

  test('without JavaScript a single paper form can still be entered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signInAs(context, 'organizer');
    const { meeting } = newMeeting();
    const page = await context.newPage();
    await page.goto(`/staff/reviews/${meeting.id}`);
    for (const [d, key] of ['1', '2', '2', '3', '1'].entries()) await page.locator(`#cell-0-${d}`).fill(key);
    await page.getByRole('button', { name: '保存这批测评表' }).click();
    await expect(page.getByText('已保存 1 张测评表。')).toBeVisible();
    expect(formsOf(meeting.id)).toBe(1);
    await context.close();
  });

  test('one-time codes: an attendee fills the form once, the second use is refused', async ({ page, context, browser }) => {
    await signInAs(context, 'organizer');
    const { meeting, official } = newMeeting();
    await page.goto(`/staff/reviews/${meeting.id}`);
    await page.getByLabel('生成个数').fill('2');
    await page.getByRole('button', { name: '生成测评码' }).click();
    await expect(page.getByTestId('review-codes').locator('li')).toHaveCount(2);
    const codes = await page.getByTestId('review-codes').locator('li').allInnerTexts();
    expect(codes).toHaveLength(2);

    // Attendees fill the form on their own phones.
    const attendee = await browser.newContext({ ...devices['Pixel 7'] });
    const phone = await attendee.newPage();
    await phone.goto('/review');
    await phone.getByLabel('测评码').fill(codes[0]!.toLowerCase());
    await phone.getByRole('button', { name: '下一步' }).click();
    await expect(phone.getByRole('heading', { name: `对 ${official.name} 的测评` })).toBeVisible();
    for (const legend of ['德', '能', '勤', '绩', '廉']) {
      await phone
        .getByRole('group', { name: new RegExp(`^${legend}`) })
        .getByLabel('优秀', { exact: true })
        .check();
    }
    await phone.getByRole('group', { name: /^勤/ }).getByLabel('称职', { exact: true }).check();
    await phone.getByRole('button', { name: '提交测评表' }).click();
    await expect(phone.getByRole('heading', { name: /测评表已提交/ })).toBeVisible();
    const stored = e2eDb()
      .select()
      .from(reviewForms)
      .where(and(eq(reviewForms.meetingId, meeting.id), eq(reviewForms.channel, 'online')))
      .all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ morality: 'excellent', diligence: 'competent', enteredBy: null });

    await phone.goto('/review');
    await phone.getByLabel('测评码').fill(codes[0]!);
    await phone.getByRole('button', { name: '下一步' }).click();
    await expect(phone.getByRole('alert').filter({ hasText: '这个测评码已经用过了' })).toBeVisible();
    expect(formsOf(meeting.id)).toBe(1);
    await attendee.close();
  });

  test('a hand-made review cookie skips nothing, and after 20 wrong codes even a valid code is refused', async ({ browser }) => {
    const { meeting } = newMeeting();
    const valid = generateCode();
    e2eDb()
      .insert(reviewFormCodes)
      .values({ codeHash: hashReviewCode(valid), meetingId: meeting.id })
      .run();
    // Its own address, so the block does not reach the other tests.
    const attendee = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${1 + Math.floor(Math.random() * 250)}` },
    });
    const phone = await attendee.newPage();
    // The step cookie is sealed by the server: a code planted by hand, even a valid one, opens nothing.
    await attendee.addCookies([{ name: 'mp_review', value: valid, domain: 'localhost', path: '/review' }]);
    await phone.goto('/review/form');
    await expect(phone).toHaveURL(/\/review$/);
    for (let guess = 0; guess < 20; guess++) {
      await phone.getByLabel('测评码').fill(generateCode());
      // Each answer before the next guess, so all twenty are counted.
      await Promise.all([
        phone.waitForResponse((r) => r.request().method() === 'POST'),
        phone.getByRole('button', { name: '下一步' }).click(),
      ]);
      await expect(phone.getByRole('alert').filter({ hasText: '没有找到这个测评码' })).toBeVisible();
    }
    await phone.getByLabel('测评码').fill(valid);
    await phone.getByRole('button', { name: '下一步' }).click();
    await expect(phone.getByRole('alert').filter({ hasText: '错误次数太多' })).toBeVisible();
    expect(e2eDb().select().from(reviewFormCodes).where(eq(reviewFormCodes.meetingId, meeting.id)).get()!.usedAt).toBeNull();
    await attendee.close();
  });

  test('inspectors see grade counts but never a score; the per-official page aggregates all meetings', async ({ page, context }) => {
    await signInAs(context, 'inspector');
    const meeting = e2eDb().select().from(reviewMeetings).get()!;
    await page.goto(`/staff/reviews/${meeting.id}`);
    await expect(page.getByTestId('review-aggregate')).toBeVisible();
    await expect(page.getByTestId('review-score')).toHaveCount(0);
    await expect(page.getByText('百分制')).toHaveCount(0);
    await page.goto(`/staff/reviews?official=${meeting.officialId}`);
    await expect(page.getByRole('heading', { name: /全部评议会汇总/ })).toBeVisible();
  });
});
