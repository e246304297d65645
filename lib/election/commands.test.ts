import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, candidates, elections, officials, publications, selections } from '@/db/schema';
import type { z } from 'zod';
import { runAction, type ActionDef } from '@/lib/action/core';
import { decode, encode } from '@/lib/belenios/json';
import { generateCredentials } from '@/lib/belenios/credentials';
import { encryptBallot } from '@/lib/belenios/ballot';
import { loadElection } from '@/lib/belenios/election';
import {
  guardianPartialDecryption,
  guardianPolynomial,
  guardianVoutput,
  newPedersenKeyFile,
  type GuardianKeyFile,
} from '@/lib/belenios/guardian';
import {
  encryptedTallyCodec,
  partialDecryptionCodec,
  polynomialCodec,
  signedMsgCodec,
  trusteesCodec,
  vinputCodec,
  voutputCodec,
} from '@/lib/belenios/types';
import { verifyArchive } from '@/lib/belenios/verify';
import { commands as selectionCommands } from '@/lib/selection/commands';
import { commands as publishCommands } from '@/lib/selection/publish-commands';
import { countSelection } from '@/lib/selection/publish';
import { makeActor, requestFacts, seedDistrict } from '@/tests/unit/fixtures';
import { archiveBytes } from '@/tests/unit/election-fixtures';
import { castEncrypted } from './casting';
import { commands } from './commands';
import { commands as party } from './party-commands';
import type { AuthorityState, GuardianState } from './party-state';
import { closeElectionPool } from './pool';
import type { Actor } from '@/lib/auth/permissions';

const YEAR = 2091;
let organizer: Actor;
let second: Actor;
let selectionId: number;

const staffRun = <S extends z.ZodType, T>(def: ActionDef<S, T>, input: Record<string, unknown>, actor = organizer) =>
  runAction(def, requestFacts(actor), input);
const partyRun = <S extends z.ZodType, T>(def: ActionDef<S, T>, input: Record<string, unknown>) =>
  runAction(def, requestFacts(null), input);
const state = async (token: string) => {
  const r = await partyRun(party.partyState, { token });
  if (!r.ok) throw new Error(r.message);
  return r.data!;
};

beforeAll(async () => {
  await seedDistrict();
  organizer = makeActor('organizer');
  second = makeActor('organizer');
  const day = 86_400_000;
  const at = Date.now();
  const row = db()
    .insert(selections)
    .values({
      year: YEAR,
      title: `${YEAR} 加密评选`,
      stage: 'nomination',
      mode: 'encrypted',
      maxChoices: 2,
      winners: 1,
      votingOpensAt: new Date(at - day),
      votingClosesAt: new Date(at + day),
    })
    .returning()
    .get();
  selectionId = row.id;
  for (const o of db().select({ id: officials.id }).from(officials).limit(3).all())
    db().insert(candidates).values({ selectionId, officialId: o.id }).run();
});
afterAll(async () => {
  const election = db().select().from(elections).where(eq(elections.selectionId, selectionId)).get();
  if (election) await closeElectionPool(election.id);
});

describe('an encrypted selection run by its organizers, guardians and credential authority', () => {
  const keys: GuardianKeyFile[] = [];
  let tokens: { kind: string; position: number; token: string }[] = [];
  let codes: string[] = [];

  it('the organizer names 3 guardians (k = 2) and the credential authority, and gets their links once', async () => {
    const bad = await staffRun(commands.setupElection, {
      selectionId,
      'guardianName[]': ['甲', ''],
      'guardianRole[]': ['residents', 'other'],
      threshold: 2,
      authorityName: '码',
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { threshold: ['election.errors.threshold'] } });
    const r = await staffRun(commands.setupElection, {
      selectionId,
      'guardianName[]': ['居民代表甲', '纪委乙', '公证员丙', ''],
      'guardianRole[]': ['residents', 'discipline', 'notary', 'other'],
      threshold: '2',
      authorityName: '投票码管理人丁',
    });
    expect(r.ok).toBe(true);
    tokens = r.ok ? r.data!.links : [];
    expect(tokens.map((l) => `${l.kind}${l.position}`)).toEqual(['guardian1', 'guardian2', 'guardian3', 'authority0']);
    // The audit names the parties, never their links.
    const audit = JSON.stringify(db().select().from(auditLog).where(eq(auditLog.action, 'election.setup')).all());
    expect(audit).toContain('公证员丙');
    for (const l of tokens) expect(audit).not.toContain(l.token);
    expect(
      await staffRun(commands.setupElection, {
        selectionId,
        'guardianName[]': ['x'],
        'guardianRole[]': ['other'],
        threshold: 1,
        authorityName: 'y',
      }),
    ).toMatchObject({
      ok: false,
      message: 'election.errors.exists',
    });
  });

  it('each guardian does the three steps from their own key file; a wrong link or a replayed step is refused', async () => {
    const g = tokens.filter((l) => l.kind === 'guardian');
    expect(await partyRun(party.partyState, { token: 'x'.repeat(32) })).toMatchObject({ ok: false, message: 'election.errors.badLink' });
    for (const l of g) {
      expect(await state(l.token)).toMatchObject({ kind: 'guardian', todo: 'cert', position: l.position });
      const { keyFile, cert } = newPedersenKeyFile();
      keys.push(keyFile);
      expect(await partyRun(party.guardianUpload, { token: l.token, step: 'cert', message: encode(signedMsgCodec, cert) })).toMatchObject({
        ok: true,
      });
    }
    expect(await partyRun(party.guardianUpload, { token: g[0]!.token, step: 'cert', message: '{}' })).toMatchObject({
      ok: false,
      message: 'election.errors.upload.wrongStep',
    });
    for (const [i, l] of g.entries()) {
      const s = (await state(l.token)) as GuardianState;
      expect(s.todo).toBe('polynomial');
      const certs = s.certs!.map((c) => decode(signedMsgCodec, c, 'cert'));
      const message = encode(polynomialCodec, guardianPolynomial(keys[i]!, certs, s.threshold));
      expect(await partyRun(party.guardianUpload, { token: l.token, step: 'polynomial', message })).toMatchObject({ ok: true });
    }
    for (const [i, l] of g.entries()) {
      const s = (await state(l.token)) as GuardianState;
      const certs = s.certs!.map((c) => decode(signedMsgCodec, c, 'cert'));
      const { voutput } = guardianVoutput(keys[i]!, certs, decode(vinputCodec, s.vinput!, 'vinput'));
      expect(
        await partyRun(party.guardianUpload, { token: l.token, step: 'voutput', message: encode(voutputCodec, voutput) }),
      ).toMatchObject({ ok: true });
    }
    expect(((await state(g[0]!.token)) as GuardianState).todo).toBe('waitVoting');
  });

  it('the credential authority registers only public credentials; the setup is frozen only when confirmed', async () => {
    const a = tokens.find((l) => l.kind === 'authority')!;
    const s = (await state(a.token)) as AuthorityState;
    expect(s.kind).toBe('authority');
    const batch = generateCredentials(s.uuid, 4);
    codes = batch.privateCodes;
    const community = s.communities[0]!.id;
    expect(await partyRun(party.uploadCredentials, { token: a.token, communityId: community, credentials: 'not a point' })).toMatchObject({
      ok: false,
      message: 'election.errors.credentials.badCredentials',
    });
    expect(
      await partyRun(party.uploadCredentials, { token: a.token, communityId: community, credentials: batch.publicCredentials.join('\n') }),
    ).toMatchObject({
      ok: true,
      data: { count: 4 },
    });
    // A guardian's link is not the authority's.
    expect(
      await partyRun(party.uploadCredentials, { token: tokens[0]!.token, communityId: community, credentials: batch.publicCredentials[0] }),
    ).toMatchObject({ ok: false });
    expect(await staffRun(commands.freezeSetup, { selectionId })).toMatchObject({
      ok: false,
      fieldErrors: { confirmed: expect.any(Array) },
    });
    expect(await staffRun(commands.freezeSetup, { selectionId, confirmed: 'yes' })).toMatchObject({ ok: true });
    expect(await staffRun(selectionCommands.setStage, { id: selectionId, direction: 'next', confirmed: 'yes' })).toMatchObject({
      ok: true,
    });
  });

  it('after the vote, guardians opening their page close the box; k partial decryptions give the result, published by two organizers', async () => {
    const election = db().select().from(elections).where(eq(elections.selectionId, selectionId)).get()!;
    const ctx = loadElection(election.electionRaw!);
    for (const [code, choice] of [
      [codes[0]!, [1, 1, 0]],
      [codes[1]!, [1, 0, 0]],
      [codes[2]!, [0, 0, 1]],
    ] as const)
      expect(
        await castEncrypted(db(), { year: YEAR, ballot: encryptBallot(ctx, code, [[...choice]]).ballot, origin: 'device' }, new Date()),
      ).toMatchObject({ ok: true });
    expect(await staffRun(commands.closeBallotBox, { selectionId })).toMatchObject({ ok: false, message: 'election.errors.stillOpen' });
    db()
      .update(selections)
      .set({ votingClosesAt: new Date(Date.now() - 1000) })
      .where(eq(selections.id, selectionId))
      .run();
    expect(countSelection(db(), selectionId).problems).toEqual([{ what: 'decryption', expected: 2, found: 0 }]);

    const g = tokens.filter((l) => l.kind === 'guardian');
    for (const i of [0, 2]) {
      const s = (await state(g[i]!.token)) as GuardianState;
      expect(s.todo).toBe('decryption');
      const pd = guardianPartialDecryption(
        keys[i]!,
        loadElection(s.electionRaw!),
        decode(trusteesCodec, s.trustees!, 'trustees'),
        decode(encryptedTallyCodec, s.encryptedTally!, 'encrypted_tally'),
        s.keyShare,
      );
      const r = await partyRun(party.guardianUpload, {
        token: g[i]!.token,
        step: 'decryption',
        message: encode(partialDecryptionCodec, pd.partialDecryption),
      });
      expect(r).toMatchObject({ ok: true, data: { decrypted: i === 2 } });
    }
    const { tally, problems } = countSelection(db(), selectionId);
    expect(problems).toEqual([]);
    expect(tally.candidates.map((c) => c.votes)).toEqual([2, 1, 1]);
    // Before publication the public archive holds no partial decryption.
    expect((await verifyArchive(await archiveBytes(election.id, false))).partialDecryptions).toEqual([]);
    expect(await staffRun(publishCommands.requestPublication, { id: selectionId, confirmed: 'yes' })).toMatchObject({
      ok: true,
      data: { published: false },
    });
    expect(await staffRun(publishCommands.confirmPublication, { id: selectionId, confirmed: 'yes' }, second)).toMatchObject({ ok: true });
    const published = db().select().from(publications).where(eq(publications.selectionId, selectionId)).get()!;
    expect(published.publishedAt).not.toBeNull();
    const report = await verifyArchive(await archiveBytes(election.id, false), { forbidRevotes: true });
    expect(report).toMatchObject({ ok: true, phase: 'published', ballots: 3, result: [[2, 1, 1]] });
  });
});
