import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, writeTx } from '@/db';
import * as s from '@/db/schema';
import { ActionError, runAction } from '@/lib/action/core';
import { residentsCall } from '@/tests/unit/call-fixtures';
import { makeActor, requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { commands as voteCommands } from './vote-commands';
import { decideByResidents } from './decide';
import { commands as callCommands } from './call-commands';
import { commands as publicCommands } from './public-commands';

let callId: number;
const ids: number[] = [];

beforeAll(async () => {
  await seedDistrict();
  // A call at the ballot without an election, as no command can make one (voting opens only with it).
  const made = residentsCall(2032, [500_000, 300_000, 300_000, 100_000]);
  callId = made.call.id;
  ids.push(...made.ids);
  db().update(s.projectCalls).set({ stage: 'voting' }).where(eq(s.projectCalls.id, callId)).run();
});

const callRow = () => db().select().from(s.projectCalls).where(eq(s.projectCalls.id, callId)).get()!;

describe('residents’ mode', () => {
  it('without its encrypted election the vote does not open, takes no ballot and has no tally, and says so', async () => {
    const organizer = requestFacts(makeActor('organizer'));
    const other = residentsCall(2033, [100_000]);
    expect(await runAction(callCommands.moveStage, organizer, { id: other.call.id, to: 'voting' })).toMatchObject({
      ok: false,
      message: 'election.errors.noElection',
    });
    const changes = () => (db().$client.prepare('select total_changes() as n').get() as { n: number }).n;
    const before = changes();
    expect(
      await runAction(publicCommands.castBallot, requestFacts(null), { callId, code: 'AAAA-BBBB-CCCC', 'choice[]': [String(ids[0])] }),
    ).toEqual({ ok: false, message: 'projects.errors.wrongStage' });
    expect(changes()).toBe(before);
    expect(await runAction(voteCommands.decide, organizer, { id: callId })).toMatchObject({
      ok: false,
      message: 'projects.errors.tallyNotReady',
    });
    expect(await runAction(voteCommands.deputyVote, requestFacts(makeActor('deputy')), { callId, [`p${ids[0]}`]: 'for' })).toMatchObject({
      ok: false,
    });
  });

  it('refuses to publish past an unsettled tie, storing nothing; publishes once the organizer settled it', () => {
    // Project 1 adopted (500k left); projects 2 and 3 tie at 7 votes, 300k each: only one fits.
    const tally = new Map([
      [ids[0]!, 10],
      [ids[1]!, 7],
      [ids[2]!, 7],
      [ids[3]!, 2],
    ]);
    expect(() => writeTx((tx) => decideByResidents(tx, callRow(), tally, null, new Date()))).toThrow(ActionError);
    expect(
      db()
        .select({ n: sql<number>`count(*)` })
        .from(s.callResults)
        .where(eq(s.callResults.callId, callId))
        .get()!.n,
    ).toBe(0);
    expect(callRow().stage).toBe('voting');
    db()
      .update(s.projectCalls)
      .set({ settlements: [{ votes: 7, chosen: [ids[2]!], reason: '丙服务的户数更多' }] })
      .where(eq(s.projectCalls.id, callId))
      .run();
    writeTx((tx) => decideByResidents(tx, callRow(), tally, null, new Date()));
    const results = db().select().from(s.callResults).where(eq(s.callResults.callId, callId)).orderBy(s.callResults.position).all();
    expect(results.map((r) => [r.proposalId, r.votes, r.outcome])).toEqual([
      [ids[0], 10, 'adopted'],
      [ids[1], 7, 'over_budget'],
      [ids[2], 7, 'adopted'],
      [ids[3], 2, 'adopted'],
    ]);
    const adopted = db()
      .select()
      .from(s.projects)
      .where(and(eq(s.projects.callId, callId)))
      .all();
    expect(adopted.map((p) => p.budget).reduce((a, b) => a + b, 0)).toBe(900_000);
    expect(callRow().stage).toBe('decided');
  });
});
