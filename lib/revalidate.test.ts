// The writes that change a public page mark it stale in the shared store, through the command layer.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { nominations, requests, selections } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { ensureCategories } from '@/lib/requests/categories';
import { commands as requestCommands } from '@/lib/requests/commands';
import { commands as selectionCommands } from '@/lib/selection/commands';
import { commands as closeCommands } from '@/lib/selection/close-commands';
import { commands as publishCommands } from '@/lib/selection/publish-commands';
import { publish } from '@/lib/selection/publish';
import { communitiesOf, makeActor, requestFacts, seedDistrict, streets } from '@/tests/unit/fixtures';
import { votingSelection } from '@/tests/unit/selection-fixtures';
import { databaseFileFromEnv, expiredBetween, storeFileFor } from './cache/store';
import { revalidatePublic, tagsFor } from './revalidate';

const store = storeFileFor(databaseFileFromEnv());
const SELECTION_PAGES = '_N_T_/[locale]/[display]/(public)/selections/layout';
const HOME = '_N_T_/[locale]/[display]/(public)/page';
const afterCommit = () => new Promise((resolve) => setImmediate(resolve));
/** Did a page carrying `tag`, rendered at `since`, become stale by now? */
const staleSince = (tag: string, since: number) => expiredBetween(store, [tag], since - 1, Date.now());

let organizer: ReturnType<typeof makeActor>;
beforeAll(async () => {
  await seedDistrict();
  ensureCategories(db());
  organizer = makeActor('organizer');
});

describe('which pages a change makes stale', () => {
  it('a selection change reaches its pages, the home page, the vote page and the archive; nothing else', () => {
    const tags = tagsFor({ selection: 2026 });
    expect(tags).toEqual(expect.arrayContaining([HOME, SELECTION_PAGES, '_N_T_/[locale]/[display]/(public)/vote/layout']));
    expect(tags).not.toContain('_N_T_/[locale]/[display]/(public)/communities/layout');
  });

  it("one request's status page, in both languages and both displays", () => {
    expect(tagsFor({ request: '2026-000123' }).sort()).toEqual([
      '_N_T_/en/elder/requests/2026-000123',
      '_N_T_/en/standard/requests/2026-000123',
      '_N_T_/zh-CN/elder/requests/2026-000123',
      '_N_T_/zh-CN/standard/requests/2026-000123',
    ]);
  });

  it('unit names and households are on every page', () => {
    expect(tagsFor('units')).toEqual(['_N_T_/layout']);
  });

  it('a time still to come is kept as a later expiry: a vote closing tomorrow', () => {
    const tomorrow = Date.now() + 86_400_000;
    revalidatePublic({ sampling: 9 }, { when: [new Date(tomorrow)] });
    // Rendered after the call (which also expired the page now): fresh until tomorrow, stale from then.
    const rendered = Date.now() + 1;
    const tag = tagsFor({ sampling: 9 })[0]!;
    expect(expiredBetween(store, [tag], rendered, rendered + 1000)).toBe(false);
    expect(expiredBetween(store, [tag], rendered, tomorrow)).toBe(true);
  });
});

describe('the command layer revalidates what it changed', () => {
  it('moving a stage and approving a nomination', async () => {
    const { selection } = await votingSelection(2081, 1);
    db().update(selections).set({ stage: 'criteria' }).where(eq(selections.id, selection.id)).run();
    let since = Date.now();
    expect(
      (
        await runAction(selectionCommands.setStage, requestFacts(organizer), {
          id: String(selection.id),
          direction: 'next',
          confirmed: 'yes',
        })
      ).ok,
    ).toBe(true);
    await afterCommit();
    expect(staleSince(SELECTION_PAGES, since)).toBe(true);

    const nomination = db()
      .insert(nominations)
      .values({ selectionId: selection.id, nomineeName: '测试', nomineeUnit: '', reason: '好', officialId: 1 })
      .returning()
      .get();
    await new Promise((r) => setTimeout(r, 5));
    since = Date.now();
    const decided = await runAction(selectionCommands.decideNomination, requestFacts(organizer), {
      id: String(nomination.id),
      decision: 'approve',
    });
    expect(decided.ok).toBe(true);
    await afterCommit();
    expect(staleSince(HOME, since)).toBe(true);
  });

  it('ending a vote early, once a second organizer confirms', async () => {
    const { selection } = await votingSelection(2083, 1);
    const since = Date.now();
    const input = { id: String(selection.id), reason: '选区合并，提前结束', confirmed: 'yes' };
    expect(await runAction(closeCommands.endVotingEarly, requestFacts(organizer), input)).toMatchObject({ ok: true });
    await afterCommit();
    expect(staleSince(SELECTION_PAGES, since)).toBe(false);
    const ended = await runAction(closeCommands.confirmEndVotingEarly, requestFacts(makeActor('organizer')), input);
    expect(ended).toMatchObject({ ok: true, data: { closed: true } });
    await afterCommit();
    expect(staleSince(SELECTION_PAGES, since)).toBe(true);
  });

  it('publication and then a commendation', async () => {
    const { selection } = await votingSelection(2082, 1);
    db().update(selections).set({ stage: 'counting' }).where(eq(selections.id, selection.id)).run();
    let since = Date.now();
    publish(db(), selection.id, null, { requestedBy: null, confirmedBy: null }, new Date());
    expect(staleSince(SELECTION_PAGES, since)).toBe(true);

    await new Promise((r) => setTimeout(r, 5));
    since = Date.now();
    const commended = await runAction(publishCommands.recordCommendation, requestFacts(organizer), {
      id: String(selection.id),
      commendedOn: '2082-12-30',
      commendationPlace: '区政府礼堂',
    });
    expect(commended.ok).toBe(true);
    expect(staleSince(SELECTION_PAGES, since)).toBe(false);
    await afterCommit();
    expect(staleSince(SELECTION_PAGES, since)).toBe(true);
  });

  it("a request's status page when it is filed and when staff move it, and again at its deadlines", async () => {
    const street = streets()[0]!;
    const actor = makeActor('unit_staff', street.id);
    const since = Date.now();
    const filed = await runAction(requestCommands.recordRequest, requestFacts(actor), {
      communityId: String(communitiesOf(street.id)[0]!.id),
      category: 'sanitation',
      description: '来电：路灯不亮了',
    });
    expect(filed.ok).toBe(true);
    await afterCommit();
    const { number } = (filed as { data: { number: string } }).data;
    const tag = tagsFor({ request: number })[0]!;
    expect(staleSince(tag, since)).toBe(true);
    const row = db().select().from(requests).where(eq(requests.number, number)).get()!;
    expect(expiredBetween(store, [tag], Date.now() + 1, row.respondBy.getTime())).toBe(true);

    await new Promise((r) => setTimeout(r, 5));
    const moved = Date.now();
    expect((await runAction(requestCommands.startRequest, requestFacts(actor), { id: String(row.id), note: '已派人' })).ok).toBe(true);
    await afterCommit();
    expect(staleSince(tag, moved)).toBe(true);
  });
});
