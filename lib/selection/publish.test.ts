import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { iterateBallotLog } from '@/db/stream';
import { candidates, honours, publications, selections, staff } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { makeActor, seedDistrict, requestFacts } from '@/tests/unit/fixtures';
import { DURING, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { commands } from './publish-commands';
import { compareRecount, countVotes, fingerprint, parseBallotLine, sha256, type Tally } from './tally';

let year = 2050;
async function closedVote(ballots: number[][]) {
  const v = await votingSelection(++year, ballots.length + 2);
  ballots.forEach((b, i) =>
    expect(castBallot(db(), { year, code: v.codes[i]!, candidateIds: b.map((k) => v.candidateIds[k]!) }, DURING).ok).toBe(true),
  );
  db().update(selections).set({ stage: 'counting', winners: 2 }).where(eq(selections.id, v.selection.id)).run();
  return v;
}
const as = (actor: ReturnType<typeof makeActor>) => requestFacts(actor);

beforeEach(async () => {
  if (!db().select().from(staff).get()) await seedDistrict();
  // Only the actors a test makes are organizers, so "one organizer or two" is up to each test.
  db().update(staff).set({ disabled: true }).where(eq(staff.role, 'organizer')).run();
});

describe('counting and publication', () => {
  it('with one organizer, publishes at once: ballot log, fingerprints, winners, honours; the log recounts to the tally', async () => {
    const v = await closedVote([[0, 1], [0, 2], [0], [1, 3], [1]]);
    const organizer = makeActor('organizer');
    const result = await runAction(commands.requestPublication, as(organizer), { id: String(v.selection.id), confirmed: 'yes' });
    expect(result).toMatchObject({ ok: true, data: { published: true } });
    const pub = db().select().from(publications).where(eq(publications.selectionId, v.selection.id)).get()!;
    const tally = pub.tally as Tally;
    expect(tally.candidates.filter((c) => c.winner).map((c) => [c.id, c.votes])).toEqual([
      [v.candidateIds[0], 3],
      [v.candidateIds[1], 3],
    ]);
    expect(db().select().from(selections).where(eq(selections.id, v.selection.id)).get()!.stage).toBe('published');
    expect(db().select().from(honours).where(eq(honours.selectionId, v.selection.id)).all()).toHaveLength(2);

    const lines = [...iterateBallotLog(db(), v.selection.id)].map((l) => `${l}\n`);
    expect(lines).toHaveLength(5);
    const hash = sha256();
    lines.forEach((l) => hash.update(l));
    const fingerprints = pub.fingerprints as { ballots: string; receipts: string; tally: string };
    expect(hash.digest('hex')).toBe(fingerprints.ballots);
    expect(compareRecount(tally, countVotes(lines.map((l) => parseBallotLine(l)!))).matches).toBe(true);
    // Altering one ballot changes both the fingerprint and the recount.
    const altered = [...lines];
    altered[0] =
      altered[0] === '{"choices":[' + v.candidateIds[4] + ']}\n'
        ? '{"choices":[' + v.candidateIds[5] + ']}\n'
        : '{"choices":[' + v.candidateIds[4] + ']}\n';
    expect(fingerprint(altered.join(''))).not.toBe(fingerprints.ballots);
    expect(compareRecount(tally, countVotes(altered.map((l) => parseBallotLine(l)!))).matches).toBe(false);
  });

  it('with two organizers, the second must confirm; the requester cannot confirm their own request', async () => {
    const v = await closedVote([[0], [1], [1], [2], [2], [2]]);
    const first = makeActor('organizer');
    const second = makeActor('organizer');
    expect(await runAction(commands.requestPublication, as(first), { id: String(v.selection.id), confirmed: 'yes' })).toMatchObject({
      ok: true,
      data: { published: false },
    });
    expect(db().select().from(selections).where(eq(selections.id, v.selection.id)).get()!.stage).toBe('counting');
    expect(await runAction(commands.confirmPublication, as(first), { id: String(v.selection.id), confirmed: 'yes' })).toMatchObject({
      ok: false,
      message: 'errors.secondOrganizer',
    });
    expect(await runAction(commands.confirmPublication, as(second), { id: String(v.selection.id), confirmed: 'yes' })).toMatchObject({
      ok: true,
      data: { published: true },
    });
    expect(db().select().from(publications).where(eq(publications.selectionId, v.selection.id)).get()).toMatchObject({
      requestedBy: first.id,
      confirmedBy: second.id,
    });
  });

  it('a counter that disagrees with the ballots stops publication', async () => {
    const v = await closedVote([[0], [1]]);
    db().update(candidates).set({ votes: 5 }).where(eq(candidates.id, v.candidateIds[0]!)).run();
    const result = await runAction(commands.requestPublication, as(makeActor('organizer')), {
      id: String(v.selection.id),
      confirmed: 'yes',
    });
    expect(result).toMatchObject({ ok: false, message: 'errors.countMismatch' });
    expect(db().select().from(publications).where(eq(publications.selectionId, v.selection.id)).get()).toBeUndefined();
  });

  it('a tie at the last winning place must be settled (rule and reason) or published as it is', async () => {
    // 0: 3 votes; 1, 2, 3: 2 votes each → tie for the second place among three.
    const v = await closedVote([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2, 3],
    ]);
    const organizer = makeActor('organizer');
    const id = String(v.selection.id);
    expect(await runAction(commands.requestPublication, as(organizer), { id, confirmed: 'yes' })).toMatchObject({
      ok: false,
      message: 'errors.tieUnsettled',
    });
    expect(
      await runAction(commands.requestPublication, as(organizer), {
        id,
        confirmed: 'yes',
        tieMode: 'settle',
        'chosen[]': [String(v.candidateIds[1]), String(v.candidateIds[2])],
        rule: '抽签',
        reason: '公开抽签',
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { chosen: ['field.tieChoice'] },
    });
    expect(
      await runAction(commands.requestPublication, as(organizer), {
        id,
        confirmed: 'yes',
        tieMode: 'settle',
        'chosen[]': [String(v.candidateIds[2])],
        rule: '抽签',
        reason: '评选委员会公开抽签',
      }),
    ).toMatchObject({ ok: true });
    const pub = db().select().from(publications).where(eq(publications.selectionId, v.selection.id)).get()!;
    expect((pub.tally as Tally).candidates.filter((c) => c.winner).map((c) => c.id)).toEqual([v.candidateIds[0], v.candidateIds[2]]);
    expect(pub).toMatchObject({ tieAtCutoff: true, tieRule: '抽签', tieReason: '评选委员会公开抽签' });
  });

  it('nothing is published while voting is open', async () => {
    const v = await votingSelection(++year, 2);
    const result = await runAction(commands.requestPublication, as(makeActor('organizer')), {
      id: String(v.selection.id),
      confirmed: 'yes',
    });
    expect(result).toMatchObject({ ok: false, message: 'errors.notCounting' });
  });
});
