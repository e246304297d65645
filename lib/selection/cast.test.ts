import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { ballotChoices, ballotCodes, ballots, candidates, receipts, selections, turnout } from '@/db/schema';
import { seedDistrict } from '@/tests/unit/fixtures';
import { CLOSES, DURING, OPENS, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { hashBallotCode, hashReceipt } from './codes';

let fixture: Awaited<ReturnType<typeof votingSelection>>;
const count = (table: typeof ballots | typeof ballotChoices | typeof receipts) =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(table)
    .get()!.n;

beforeAll(async () => {
  await seedDistrict();
  fixture = await votingSelection(2026, 400);
});

describe('castBallot', () => {
  it('stores the ballot, its choices, a receipt, burns the code and updates every counter', () => {
    const [code] = fixture.codes;
    const chosen = fixture.candidateIds.slice(0, 3);
    const before = db().select().from(selections).where(eq(selections.id, fixture.selection.id)).get()!.ballotsCast;
    const result = castBallot(db(), { year: 2026, code: code!.toLowerCase().replace(/(.{4})/g, '$1-'), candidateIds: chosen }, DURING);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expect(
      db()
        .select()
        .from(receipts)
        .where(eq(receipts.receiptHash, hashReceipt(2026, result.trackingCode)))
        .get(),
    ).toBeDefined();
    expect(db().select().from(selections).where(eq(selections.id, fixture.selection.id)).get()!.ballotsCast).toBe(before + 1);
    expect(db().select().from(turnout).where(eq(turnout.communityId, fixture.community.id)).get()!.ballots).toBeGreaterThanOrEqual(1);
    for (const id of chosen) expect(db().select().from(candidates).where(eq(candidates.id, id)).get()!.votes).toBeGreaterThanOrEqual(1);
    // The same code again is refused as used, and nothing more is stored.
    const ballotsBefore = count(ballots);
    expect(castBallot(db(), { year: 2026, code: code!, candidateIds: chosen }, DURING)).toEqual({ ok: false, reason: 'usedCode' });
    expect(count(ballots)).toBe(ballotsBefore);
  });

  it('opens and closes by the clock: before opening and from closing time on, nothing is stored', () => {
    const code = fixture.codes[1]!;
    const before = count(ballots);
    expect(castBallot(db(), { year: 2026, code, candidateIds: [fixture.candidateIds[0]!] }, new Date(OPENS.getTime() - 1))).toEqual({
      ok: false,
      reason: 'notOpen',
    });
    expect(castBallot(db(), { year: 2026, code, candidateIds: [fixture.candidateIds[0]!] }, CLOSES)).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(count(ballots)).toBe(before);
    expect(
      db()
        .select()
        .from(ballotCodes)
        .all()
        .filter((c) => c.status === 'used'),
    ).toHaveLength(1);
    expect(castBallot(db(), { year: 2026, code, candidateIds: [fixture.candidateIds[0]!] }, new Date(CLOSES.getTime() - 1)).ok).toBe(true);
  });

  it('refuses revoked and unknown codes, other selections and bad choices with their own reasons', () => {
    const code = fixture.codes[2]!;
    const ids = fixture.candidateIds;
    const cast = (input: Partial<Parameters<typeof castBallot>[1]>) =>
      castBallot(db(), { year: 2026, code, candidateIds: [ids[0]!], ...input }, DURING);
    expect(cast({ year: 1999 })).toEqual({ ok: false, reason: 'noSelection' });
    expect(cast({ code: 'AAAA-AAAA-AAAA' })).toEqual({ ok: false, reason: 'unknownCode' });
    expect(cast({ code: 'O0I1' })).toEqual({ ok: false, reason: 'unknownCode' });
    expect(cast({ candidateIds: [] })).toEqual({ ok: false, reason: 'tooFew' });
    expect(cast({ candidateIds: ids.slice(0, 11) })).toEqual({ ok: false, reason: 'tooMany' });
    expect(cast({ candidateIds: [ids[0]!, ids[0]!] })).toEqual({ ok: false, reason: 'duplicate' });
    expect(cast({ candidateIds: [999999] })).toEqual({ ok: false, reason: 'notCandidate' });
    db()
      .update(ballotCodes)
      .set({ status: 'revoked' })
      .where(eq(ballotCodes.codeHash, hashBallotCode(2026, code)))
      .run();
    expect(cast({})).toEqual({ ok: false, reason: 'revokedCode' });
  });

  it('property: whatever is submitted, nothing invalid is stored and nothing throws', () => {
    const valid = new Set(fixture.candidateIds);
    let codeIndex = 10;
    fc.assert(
      fc.property(
        fc.record({
          year: fc.oneof(fc.constant(2026), fc.integer({ min: -5, max: 3000 })),
          useRealCode: fc.boolean(),
          junkCode: fc.string({ maxLength: 30 }),
          candidateIds: fc.array(fc.oneof(fc.constantFrom(...fixture.candidateIds), fc.integer({ min: -3, max: 100000 }), fc.double()), {
            maxLength: 14,
          }),
          at: fc.date({ min: new Date('2026-11-01'), max: new Date('2027-01-31'), noInvalidDate: true }),
        }),
        (input) => {
          const code = input.useRealCode ? fixture.codes[codeIndex++ % fixture.codes.length]! : input.junkCode;
          const ballotsBefore = count(ballots);
          const result = castBallot(db(), { year: input.year, code, candidateIds: input.candidateIds }, input.at);
          const ids = input.candidateIds;
          const acceptable =
            input.year === 2026 &&
            input.at >= OPENS &&
            input.at < CLOSES &&
            ids.length >= 1 &&
            ids.length <= 10 &&
            new Set(ids).size === ids.length &&
            ids.every((id) => valid.has(id as number));
          if (result.ok) expect(acceptable).toBe(true);
          expect(count(ballots)).toBe(ballotsBefore + (result.ok ? 1 : 0));
        },
      ),
      { numRuns: 400 },
    );
    // Every stored ballot is well-formed: 1..10 distinct choices, all candidates of this selection.
    const perBallot = db()
      .select({ n: sql<number>`count(*)`, distinct: sql<number>`count(distinct ${ballotChoices.candidateId})` })
      .from(ballotChoices)
      .groupBy(ballotChoices.ballotId)
      .all();
    expect(perBallot.length).toBe(count(ballots));
    for (const b of perBallot) {
      expect(b.n).toBeGreaterThanOrEqual(1);
      expect(b.n).toBeLessThanOrEqual(10);
      expect(b.distinct).toBe(b.n);
    }
    const stray = db()
      .select()
      .from(ballotChoices)
      .all()
      .filter((c) => !valid.has(c.candidateId));
    expect(stray).toEqual([]);
    // Counters agree with the ballots themselves.
    const cast = db().select().from(selections).where(eq(selections.id, fixture.selection.id)).get()!.ballotsCast;
    expect(cast).toBe(count(ballots));
    expect(count(receipts)).toBe(count(ballots));
    const used = db().select().from(ballotCodes).where(eq(ballotCodes.status, 'used')).all().length;
    expect(used).toBe(count(ballots));
  });
});
