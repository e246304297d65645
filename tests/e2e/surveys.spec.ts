import { and, desc, eq, isNull, like } from 'drizzle-orm';
import { households, staff, surveyCodes, surveyResponses, surveys, surveySamples, units } from '../../db/schema';
import { rate, type Formula, type RatingInputs } from '../../lib/ratings/formula';
import { generateCode, hashSurveyCode } from '../../lib/surveys/codes';
import { verifySampleFile, type SampleFile } from '../../lib/surveys/sampling';
import { e2eDb, expect, signInAs, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const openSurvey = () => e2eDb().select().from(surveys).where(eq(surveys.status, 'open')).orderBy(desc(surveys.id)).get()!;

/** Sampled households of the open survey that have not answered, in a street (by path prefix) or outside it. */
function unanswered(surveyId: number, inStreet: boolean) {
  const surveyor = e2eDb().select().from(staff).where(eq(staff.username, 'surveyor')).get()!;
  const streetPath = e2eDb().select().from(units).where(eq(units.id, surveyor.unitId!)).get()!.path;
  return e2eDb()
    .select({ householdId: surveySamples.householdId, path: units.path })
    .from(surveySamples)
    .innerJoin(units, eq(units.id, surveySamples.communityId))
    .leftJoin(surveyResponses, and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.householdId, surveySamples.householdId)))
    .where(and(eq(surveySamples.surveyId, surveyId), isNull(surveyResponses.id)))
    .all()
    .filter((r) => r.path.startsWith(streetPath) === inStreet);
}

test('a surveyor enters a phone interview for an assigned community, and cannot open another street’s household', async ({
  page,
  context,
}) => {
  await signInAs(context, 'surveyor');
  const survey = openSurvey();
  await page.goto('/staff/surveys');
  await page.getByRole('link', { name: '电话访谈' }).first().click();
  await page.waitForURL(/\/calls$/);
  await expect(page.getByRole('heading', { name: '电话访谈名单' })).toBeVisible();
  const [target] = unanswered(survey.id, true);
  await page.goto(`/staff/surveys/${survey.id}/calls/${target!.householdId}`);
  await page.getByLabel('完成访谈').check();
  await page.getByRole('button', { name: '保存通话记录' }).click();
  await expect(page.getByText('请检查下面标出的内容')).toBeVisible();
  for (const radio of await page.locator('input[type=radio][name^="q_"][value="4"]').all()) await radio.check();
  await page.getByRole('button', { name: '保存通话记录' }).click();
  // Saved: the household now shows as answered by phone instead of the form.
  await expect(page.getByText('已完成（电话）')).toBeVisible();
  const stored = e2eDb()
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.householdId, target!.householdId)))
    .get();
  expect(stored).toMatchObject({ channel: 'phone', score: 75 });

  const [outside] = unanswered(survey.id, false);
  await page.goto(`/staff/surveys/${survey.id}/calls/${outside!.householdId}`);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  const outsidePhone = e2eDb().select().from(households).where(eq(households.id, outside!.householdId)).get()!.phone;
  if (outsidePhone) await expect(page.getByText(outsidePhone)).toHaveCount(0);
});

test('a resident answers online once with a survey code; the same code is refused afterwards', async ({ page }) => {
  const survey = openSurvey();
  const [household] = unanswered(survey.id, false);
  const code = generateCode();
  e2eDb()
    .insert(surveyCodes)
    .values({ codeHash: hashSurveyCode(survey.id, code), surveyId: survey.id, householdId: household!.householdId })
    .run();
  await page.goto('/survey');
  await page.getByLabel('测评码').fill(code.toLowerCase());
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('group')).toHaveCount(5);
  for (const radio of await page.locator('input[type=radio][name^="q_"][value="5"]').all()) await radio.check();
  await page.getByRole('button', { name: '提交测评' }).click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await page.goto('/survey');
  await page.getByLabel('测评码').fill(code);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('这户已经参加过本次测评')).toBeVisible();
  // One response in this survey (the household may have answered earlier cycles too).
  const responses = e2eDb()
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.householdId, household!.householdId)))
    .all();
  expect(responses).toHaveLength(1);
});

test('an organizer commits, draws and reveals a sample anyone can re-derive', async ({ page, context, request }) => {
  await signInAs(context, 'organizer');
  await page.goto('/staff/surveys');
  await page.getByLabel('名称', { exact: true }).fill('E2E 抽样测评');
  await page.getByRole('button', { name: '新建测评' }).click();
  await page.waitForURL(/\/staff\/surveys\/\d+$/);
  const id = Number(page.url().split('/').pop());
  const seed = 'e2e-seed-anyone-can-check';
  await page.getByLabel('随机种子').fill(seed);
  await page.getByRole('button', { name: '公布种子哈希' }).click();
  // The page moves on to the next step: the form that asks for the seed again.
  await expect(page.getByLabel('再次输入随机种子')).toBeVisible();
  await page.goto(`/survey/sampling/${id}`);
  await expect(page.getByTestId('seed')).toHaveText('抽样后公布');
  const committed = await page.getByTestId('seed-hash').textContent();
  await page.goto(`/staff/surveys/${id}`);
  await page.getByLabel('再次输入随机种子').fill(`${seed}-wrong`);
  await page.getByRole('button', { name: '抽样', exact: true }).click();
  await expect(page.getByText('输入的种子与已公布的哈希不一致')).toBeVisible();
  await page.getByLabel('再次输入随机种子').fill(seed);
  await page.getByRole('button', { name: '抽样', exact: true }).click();
  await expect(page.getByRole('link', { name: '公布随机种子…' })).toBeVisible();
  await expect(page.getByTestId('survey-progress')).toBeVisible();
  await page.getByRole('link', { name: '公布随机种子…' }).click();
  await expect(page.getByTestId('confirm')).toContainText('种子将公开');
  await page.getByTestId('confirm').getByRole('button', { name: '公布随机种子' }).click();
  await expect(page.getByTestId('survey-status')).toContainText('随机种子已公布');
  await page.goto(`/survey/sampling/${id}`);
  await expect(page.getByTestId('seed')).toHaveText(seed);
  await expect(page.getByTestId('seed-hash')).toHaveText(committed!);
  const file = (await (await request.get(`/api/v1/surveys/${id}/sample`)).json()) as SampleFile;
  expect(verifySampleFile(file)).toEqual({ ok: true, problems: [] });
  const text = JSON.stringify(file);
  for (const { phone } of e2eDb()
    .select({ phone: households.phone })
    .from(households)
    .where(like(households.phone, '139%'))
    .limit(50)
    .all())
    expect(text).not.toContain(phone!);
});

test('stars stay unpublished until the organizer publishes them, and recompute from the published inputs', async ({
  page,
  context,
  request,
}) => {
  await signInAs(context, 'organizer');
  const survey = openSurvey();
  await page.goto(`/staff/surveys/${survey.id}`);
  await page.getByRole('link', { name: '结束测评…' }).click();
  await expect(page.getByTestId('confirm')).toContainText('不能再录入问卷');
  await page.getByRole('button', { name: '结束测评' }).click();
  await expect(page.getByTestId('survey-status')).toContainText('已结束');
  await page.goto('/staff/ratings');
  const round = page.getByTestId(`round-${survey.id}`);
  await round.getByRole('button', { name: '计算星级' }).click();
  await expect(round.getByText('尚未公布')).toBeVisible();
  // Computed but not published: the public index still shows the earlier round.
  const before = await (await request.get('/api/v1/communities')).json();
  expect(before.round.surveyId).not.toBe(survey.id);
  await page.goto('/communities');
  await expect(page.getByText(survey.name)).toHaveCount(0);

  await page.goto('/staff/ratings');
  await page.getByTestId(`round-${survey.id}`).getByRole('link', { name: '公布星级…' }).click();
  await expect(page.getByTestId('confirm')).toContainText('向社会公开');
  await page.getByTestId('confirm').getByRole('button', { name: '公布星级' }).click();
  await expect(page.getByTestId(`round-${survey.id}`).getByText(/^已于 [^，]+ 公布。$/)).toBeVisible();
  const body = await (await request.get('/api/v1/communities')).text();
  const published = JSON.parse(body) as {
    round: { surveyId: number; formula: Formula };
    communities: { id: number; stars: number | null; inputs: RatingInputs | null }[];
  };
  expect(published.round.surveyId).toBe(survey.id);
  for (const c of published.communities) if (c.inputs) expect(c.stars).toBe(rate(c.inputs, published.round.formula).stars);
  // No personal data: no phone number, no household hash, no answer comment.
  const phones = e2eDb().select({ phone: households.phone }).from(households).where(like(households.phone, '139%')).limit(50).all();
  const hashes = e2eDb().select({ h: households.idHash }).from(households).limit(50).all();
  for (const { phone } of phones) expect(body).not.toContain(phone!);
  for (const { h } of hashes) expect(body).not.toContain(h);
  const withHistory = published.communities.find((c) => c.stars)!;
  const history = await (await request.get(`/api/v1/communities/${withHistory.id}/ratings`)).json();
  expect(history.ratings.length).toBe(3);
  await page.goto(`/communities/${withHistory.id}`);
  await expect(page.getByTestId('rating-history').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('formula')).toContainText('0.6');
  const csv = await (await request.get(`/api/v1/communities/${withHistory.id}/ratings?format=csv`)).text();
  expect(csv).toContain('surveyMean');
});
