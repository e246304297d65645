import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, ballotCodes, units } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { makeActor, seedDistrict, requestFacts } from '@/tests/unit/fixtures';
import { DURING, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { CODE_ALPHABET, hashBallotCode } from './codes';
import { commands } from './commands';
import { issueCodes, reconcile, summarize } from './issue';

beforeAll(seedDistrict);

describe('ballot codes', () => {
  it('are 12 easy-to-type characters, distinct, stored only as hashes, and audited per batch', async () => {
    const { selection, codes, batchId } = await votingSelection(2026, 500);
    expect(new Set(codes).size).toBe(500);
    for (const code of codes) {
      expect(code).toHaveLength(12);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(code).not.toMatch(/[01OI]/);
    }
    const stored = db().select().from(ballotCodes).where(eq(ballotCodes.batchId, batchId)).all();
    expect(stored.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => hashBallotCode(selection.year, c)).sort());
    expect(
      db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(batchId)))
        .get(),
    ).toMatchObject({ action: 'codes.issue' });
  });

  it('reconcile: issued = used + unused + revoked, per batch, per community and overall', async () => {
    const { selection, codes, candidateIds, batchId } = await votingSelection(2027, 30);
    const community = db().select().from(units).where(eq(units.kind, 'community')).all()[1]!;
    const second = await issueCodes(db(), { selectionId: selection.id, communityId: community.id, count: 10 }, { id: null, username: 't' });
    if (!second.ok) throw new Error(second.reason);
    for (const code of codes.slice(0, 7)) castBallot(db(), { year: 2027, code, candidateIds: [candidateIds[0]!] }, DURING);
    const organizer = makeActor('organizer');
    expect(
      await runAction(commands.revokeBatch, requestFacts(organizer), { batchId: String(second.batchId), confirmed: 'yes' }),
    ).toMatchObject({
      ok: true,
      data: { revoked: 10 },
    });
    expect(
      await runAction(commands.revokeCode, requestFacts(organizer), {
        selectionId: String(selection.id),
        code: codes[7]!.toLowerCase(),
        confirmed: 'yes',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await runAction(commands.revokeCode, requestFacts(organizer), {
        selectionId: String(selection.id),
        code: codes[0]!,
        confirmed: 'yes',
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { code: ['field.codeUsed'] },
    });
    // A revoked code can no longer vote.
    expect(castBallot(db(), { year: 2027, code: codes[7]!, candidateIds: [candidateIds[0]!] }, DURING)).toEqual({
      ok: false,
      reason: 'revokedCode',
    });

    const batches = reconcile(db(), selection.id);
    expect(batches.find((b) => b.batchId === batchId)).toMatchObject({ issued: 30, used: 7, unused: 22, revoked: 1 });
    expect(batches.find((b) => b.batchId === second.batchId)).toMatchObject({ issued: 10, used: 0, unused: 0, revoked: 10 });
    const { byCommunity, total } = summarize(batches);
    expect(total).toEqual({ issued: 40, used: 7, unused: 22, revoked: 11 });
    expect(byCommunity).toHaveLength(2);
    for (const b of batches) expect(b.used + b.unused + b.revoked).toBe(b.issued);
  });

  it('refuses batches that are too large, outside a community, or after voting', async () => {
    const { selection, community } = await votingSelection(2028, 1);
    const issuer = { id: null, username: 't' };
    expect(await issueCodes(db(), { selectionId: selection.id, communityId: community.id, count: 100_001 }, issuer)).toEqual({
      ok: false,
      reason: 'badCount',
    });
    const street = db().select().from(units).where(eq(units.kind, 'street')).get()!;
    expect(await issueCodes(db(), { selectionId: selection.id, communityId: street.id, count: 5 }, issuer)).toEqual({
      ok: false,
      reason: 'notCommunity',
    });
    db().$client.prepare("update selections set stage = 'counting' where id = ?").run(selection.id);
    expect(await issueCodes(db(), { selectionId: selection.id, communityId: community.id, count: 5 }, issuer)).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});
