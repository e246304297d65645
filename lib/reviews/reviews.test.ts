import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { officials, reviewFormCodes, reviewForms } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { communitiesOf, makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { hashReviewCode } from './codes';
import { commands } from './commands';
import { reviewScores } from './metrics';
import { getMeeting, listMeetings, officialAggregate } from './queries';
import { lookUpCode, submitOnline } from './write';

const as = (actor: ReturnType<typeof makeActor>) => requestFacts(actor);
const formCount = () =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(reviewForms)
    .get()!.n;
const allExcellent = {
  morality: 'excellent',
  ability: 'excellent',
  diligence: 'excellent',
  achievement: 'excellent',
  integrity: 'excellent',
} as const;

let streetA: number;
let streetB: number;
let officialA: number;
let officialB: number;

beforeAll(async () => {
  await seedDistrict();
  const [a, b] = streets();
  streetA = a!.id;
  streetB = b!.id;
  officialA = db()
    .select()
    .from(officials)
    .where(eq(officials.unitId, communitiesOf(streetA)[0]!.id))
    .get()!.id;
  officialB = db()
    .select()
    .from(officials)
    .where(eq(officials.unitId, communitiesOf(streetB)[0]!.id))
    .get()!.id;
});

async function meeting(officialId: number, heldOn: string) {
  const result = await runAction(commands.createMeeting, as(makeActor('organizer')), {
    officialId: String(officialId),
    heldOn,
    place: '社区活动室',
    attendees: '40',
    cycleId: '',
  });
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: number } }).data.id;
}

describe('paper forms from the grid', () => {
  it('saves a whole batch in one go and aggregates it per meeting and per official, as worked by hand', async () => {
    const m1 = await meeting(officialA, '2025-06-10');
    const m2 = await meeting(officialA, '2025-11-20');
    const inspector = makeActor('inspector');
    // Meeting 1: two forms. Meeting 2: one form (see grid.test.ts for the same three forms).
    const first = await runAction(commands.enterForms, as(inspector), {
      meetingId: String(m1),
      'cells[]': ['1', '2', '1', '2', '1', 'a', 'b', 'c', 'b', 'a', '', '', '', '', ''],
    });
    expect(first).toMatchObject({ ok: true, data: { saved: 2, errors: [] } });
    await runAction(commands.enterForms, as(inspector), { meetingId: String(m2), 'cells[]': ['2', '3', '4', '2', '1'] });

    const one = getMeeting(makeActor('viewer'), m1)!;
    expect(one.paper).toBe(2);
    expect(one.aggregate.counts.diligence).toEqual({ excellent: 1, competent: 0, basic: 1, incompetent: 0 });
    // 德 100,100 → 100; 能 75,75 → 75; 勤 100,50 → 75; 绩 75,75 → 75; 廉 100 → 100; overall 85.
    expect(one.aggregate.score).toBe(85);

    const all = officialAggregate(makeActor('viewer'), officialA)!;
    expect(all.aggregate.forms).toBe(3);
    expect(all.aggregate.score).toBeCloseTo(76.667, 2);
    // The assessment reads the same number through reviewScores.
    expect(reviewScores(db(), { from: '2025-01-01', to: '2025-12-31' }).get(officialA)!.score).toBeCloseTo(all.aggregate.score!, 6);
  });

  it('refuses the whole batch when any cell is bad, naming each bad cell', async () => {
    const m = await meeting(officialA, '2025-07-01');
    const before = formCount();
    const result = await runAction(commands.enterForms, as(makeActor('organizer')), {
      meetingId: String(m),
      'cells[]': ['1', '1', '1', '1', '1', '2', '2', '9', '2', '', '1', '1', '1', '1', '1'],
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        saved: 0,
        errors: [
          { row: 2, dimension: 'diligence', value: '9' },
          { row: 2, dimension: 'integrity', value: '' },
        ],
      },
    });
    expect(formCount()).toBe(before);
    expect(
      await runAction(commands.enterForms, as(makeActor('organizer')), { meetingId: String(m), 'cells[]': ['', '', '', '', ''] }),
    ).toMatchObject({
      ok: false,
      message: 'reviews.problems.emptyGrid',
    });
  });
});

describe('scope and roles', () => {
  it("a street's inspector cannot hold a meeting for, or enter forms of, another street's official", async () => {
    const inspectorA = makeActor('inspector', streetA);
    expect(
      await runAction(commands.createMeeting, as(inspectorA), {
        officialId: String(officialB),
        heldOn: '2025-05-05',
        attendees: '10',
        cycleId: '',
      }),
    ).toMatchObject({ message: 'errors.outOfScope' });
    const mB = await meeting(officialB, '2025-05-05');
    const before = formCount();
    expect(
      await runAction(commands.enterForms, as(inspectorA), { meetingId: String(mB), 'cells[]': ['1', '1', '1', '1', '1'] }),
    ).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(await runAction(commands.issueCodes, as(inspectorA), { meetingId: String(mB), count: '5' })).toMatchObject({
      message: 'errors.outOfScope',
    });
    expect(formCount()).toBe(before);
    expect(getMeeting(makeActor('viewer', streetA), mB)).toBeUndefined();
    expect(listMeetings(makeActor('viewer', streetA)).some((m) => m.officialId === officialB)).toBe(false);
  });

  it('viewers and unit staff enter nothing and issue no codes', async () => {
    const m = await meeting(officialA, '2025-05-06');
    for (const actor of [makeActor('viewer'), makeActor('unit_staff', streetA), makeActor('surveyor', streetA)]) {
      expect(await runAction(commands.enterForms, as(actor), { meetingId: String(m), 'cells[]': ['1', '1', '1', '1', '1'] })).toMatchObject(
        {
          message: 'errors.forbidden',
        },
      );
      expect(await runAction(commands.issueCodes, as(actor), { meetingId: String(m), count: '3' })).toMatchObject({
        message: 'errors.forbidden',
      });
    }
    expect(getMeeting(makeActor('viewer'), m)!.aggregate.forms).toBe(0);
  });
});

describe('one-time online codes', () => {
  it('are stored only hashed and work exactly once', async () => {
    const m = await meeting(officialA, '2025-09-09');
    const issued = await runAction(commands.issueCodes, as(makeActor('organizer')), { meetingId: String(m), count: '3' });
    const codes = (issued as { data: { codes: string[] } }).data.codes;
    expect(codes).toHaveLength(3);
    const stored = db().select().from(reviewFormCodes).where(eq(reviewFormCodes.meetingId, m)).all();
    expect(stored.map((r) => r.codeHash).sort()).toEqual(codes.map(hashReviewCode).sort());
    expect(JSON.stringify(stored)).not.toContain(codes[0]);

    const typed = codes[0]!.toLowerCase().replace(/(.{4})/g, '$1-');
    expect(lookUpCode(db(), typed)).toEqual({ ok: true, code: codes[0], meetingId: m });
    expect(submitOnline(db(), typed, allExcellent, new Date())).toEqual({ ok: true, meetingId: m });
    expect(submitOnline(db(), codes[0]!, { ...allExcellent, ability: 'incompetent' }, new Date())).toEqual({
      ok: false,
      reason: 'usedCode',
    });
    expect(lookUpCode(db(), codes[0]!)).toEqual({ ok: false, reason: 'usedCode' });
    expect(submitOnline(db(), 'ZZZZZZZZZZZZ', allExcellent, new Date())).toEqual({ ok: false, reason: 'unknownCode' });

    const after = getMeeting(makeActor('organizer'), m)!;
    expect(after).toMatchObject({ online: 1, codesIssued: 3, codesUnused: 2 });
    expect(after.aggregate.score).toBe(100);
    const form = db().select().from(reviewForms).where(eq(reviewForms.meetingId, m)).get()!;
    expect(form).toMatchObject({ channel: 'online', enteredBy: null });
  });
});
