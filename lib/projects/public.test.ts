import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { seedProjects } from '@/db/seed/projects';
import { runAction } from '@/lib/action/core';
import { codeBudget } from '@/lib/one-time-code';
import { requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { hashRatingCode, normalizeCode } from './codes';
import { commands } from './public-commands';

const count = (table: typeof s.projectProposals | typeof s.projectRatings | typeof s.projectComments) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

let proposalCodes: string[];
let ratingCodes: string[];
let ratedProjectId: number;

beforeAll(async () => {
  await seedDistrict();
  const street = db().select().from(s.units).where(eq(s.units.kind, 'street')).get()!;
  for (const c of db().select().from(s.units).where(eq(s.units.parentId, street.id)).all().slice(0, 4))
    for (let i = 0; i < 12; i++)
      db()
        .insert(s.households)
        .values({ communityId: c.id, idHash: `${c.id}-${i}` })
        .run();
  ({ proposalCodes, ratingCodes } = await seedProjects(db(), new Date()));
  const row = db()
    .select()
    .from(s.projectRatingCodes)
    .where(eq(s.projectRatingCodes.codeHash, hashRatingCode(normalizeCode(ratingCodes[0]!)!)))
    .get()!;
  ratedProjectId = row.projectId;
});

const proposal = (code: string, title: string) => ({ code, title, problem: '楼道里的灯坏了很久，晚上看不清。' });

describe("residents' project actions on the request pipeline", () => {
  it('a wrong or used proposal code is refused, stores nothing and counts against the client; a right one counts nothing', async () => {
    const facts = requestFacts(null);
    const budget = codeBudget('projectProposal')!;
    const before = count(s.projectProposals);
    expect(await runAction(commands.proposeWithCode, facts, proposal('AAAA-BBBB-CCCC', '楼道灯更换一'))).toMatchObject({
      ok: false,
      message: 'projects.errors.unknownCode',
      fieldErrors: { code: ['field.invalid'] },
    });
    expect(count(s.projectProposals)).toBe(before);
    expect(await budget.count(facts.client.key)).toBe(1);
    expect(await runAction(commands.proposeWithCode, facts, proposal(proposalCodes[0]!, '楼道灯更换二'))).toMatchObject({ ok: true });
    expect(await budget.count(facts.client.key)).toBe(1);
    expect(await runAction(commands.proposeWithCode, facts, proposal(proposalCodes[0]!, '楼道灯更换三'))).toMatchObject({
      ok: false,
      message: 'projects.errors.usedCode',
    });
    expect(await budget.count(facts.client.key)).toBe(2);
    expect(count(s.projectProposals)).toBe(before + 1);
  });

  it('a household rates once with its code; wrong codes count against the client, a second use is refused', async () => {
    const facts = requestFacts(null);
    const budget = codeBudget('projectRating')!;
    const before = count(s.projectRatings);
    const rate = (code: string, score: string) => runAction(commands.rate, facts, { projectId: ratedProjectId, code, score });
    expect(await rate('ZZZZ-ZZZZ-ZZZZ', '5')).toMatchObject({ ok: false, message: 'projects.errors.unknownCode' });
    expect(await rate(ratingCodes[0]!, '4')).toMatchObject({ ok: true, data: { projectId: ratedProjectId } });
    expect(await rate(ratingCodes[0]!, '1')).toMatchObject({ ok: false, message: 'projects.errors.usedCode' });
    expect(await budget.count(facts.client.key)).toBe(2);
    expect(count(s.projectRatings)).toBe(before + 1);
  });

  it('comments are held for moderation; past ten an hour from one client they are refused before anything is stored', async () => {
    const facts = requestFacts(null);
    const before = count(s.projectComments);
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      const posted = await runAction(commands.comment, facts, { projectId: ratedProjectId, body: `第 ${i} 条意见：进度很好。` });
      expect(posted).toMatchObject({ ok: true });
      ids.push((posted as { data: { id: number } }).data.id);
    }
    expect(await runAction(commands.comment, facts, { projectId: ratedProjectId, body: '再说一条意见。' })).toEqual({
      ok: false,
      message: 'errors.rateLimited',
    });
    expect(count(s.projectComments)).toBe(before + 10);
    const stored = db().select().from(s.projectComments).where(inArray(s.projectComments.id, ids)).all();
    expect(stored.map((c) => c.status)).toEqual(Array(10).fill('pending'));
    expect(await runAction(commands.comment, requestFacts(null), { projectId: ratedProjectId, body: '另一个居民的意见。' })).toMatchObject({
      ok: true,
    });
  });
});
