import { beforeAll, describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { choicesFromSelection, encryptBallot, signBallot } from './ballot';
import { auditBallot, checkBallot, checkBallotProofs, type CredentialLookup } from './ballot-check';
import { credentialSecret, generateCredentials } from './credentials';
import { generateUuid, loadElection, makeElection, type ElectionContext } from './election';
import { mod, scalarToString } from './group';
import { enableSodium } from './group-sodium';
import { generateSingleTrustee } from './trustee-single';
import { encode } from './json';
import { electionCodec, type Ballot } from './types';

let ctx: ElectionContext;
let codes: string[];
let lookup: CredentialLookup;

beforeAll(async () => {
  await enableSodium();
  const uuid = generateUuid();
  const t = generateSingleTrustee();
  ctx = loadElection(
    makeElection({ uuid, name: '十佳', description: '', candidates: ['甲', '乙', '丙', '丁'], question: '选 1 至 2 名', min: 1, max: 2, publicKey: t.publicKey.public_key }),
  );
  const batch = generateCredentials(uuid, 3);
  codes = batch.privateCodes;
  const set = new Set(batch.publicCredentials);
  lookup = (c) => (set.has(c) ? 1 : undefined);
});

const resign = (raw: string, code: string, edit: (b: Ballot) => void) => {
  const b = JSON.parse(raw) as Ballot;
  edit(b);
  return signBallot(b, credentialSecret(ctx.election.uuid, code));
};
const bump = (s: string) => scalarToString(mod(BigInt(s) + 1n));
const ORDER_8 = ed25519.Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa');
const withTorsion = (s: string) =>
  Buffer.from(ed25519.Point.fromBytes(Buffer.from(s, 'hex').reverse()).add(ORDER_8).toBytes()).reverse().toString('hex');

describe('casting an encrypted ballot', () => {
  it('is accepted with its tracker and weight', () => {
    const b = encryptBallot(ctx, codes[0]!, [[0, 1, 1, 0]]);
    const check = checkBallot(ctx, lookup, b.ballot);
    expect(check).toMatchObject({ ok: true, tracker: b.tracker, weight: 1 });
    expect(b.tracker).toMatch(/^[A-Za-z0-9+/]{43}$/);
  });

  it('names what is wrong with a ballot it refuses', () => {
    const good = encryptBallot(ctx, codes[0]!, [[1, 0, 0, 0]]).ballot;
    const reason = (raw: string) => {
      const c = checkBallot(ctx, lookup, raw);
      return c.ok ? 'ok' : c.reason;
    };
    expect(reason('{"election_uuid":')).toBe('badJson');
    expect(reason(good.replace('{', '{ '))).toBe('notCanonical');
    expect(reason(good.replace('"answers"', '"answerz"'))).toBe('badFormat');
    expect(reason(good.replace(ctx.fingerprint, 'x'.repeat(43)))).toBe('wrongElection');
    const stranger = generateCredentials(ctx.election.uuid, 1).privateCodes[0]!;
    expect(reason(encryptBallot(ctx, stranger, [[1, 0, 0, 0]]).ballot)).toBe('unknownCredential');
    // someone else's code cannot sign for this credential
    expect(reason(resign(good, codes[1]!, () => {}))).toBe('badSignature');
    // the voter changes a proof and signs again: only the proof check can see it
    const individual = checkBallot(ctx, lookup, resign(good, codes[0]!, (b) => (b.answers[0]!.individual_proofs[2]![0]!.response = bump(b.answers[0]!.individual_proofs[2]![0]!.response))));
    expect(individual).toMatchObject({ ok: false, reason: 'badIndividualProof', question: 0, choice: 2 });
    expect(reason(resign(good, codes[0]!, (b) => (b.answers[0]!.overall_proof[1]!.challenge = bump(b.answers[0]!.overall_proof[1]!.challenge))))).toBe('badOverallProof');
    // two ciphertexts swapped: each keeps a valid point, its proof no longer matches
    expect(reason(resign(good, codes[0]!, (b) => b.answers[0]!.choices.reverse()))).toBe('badIndividualProof');
    expect(reason(resign(good, codes[0]!, (b) => (b.answers[0]!.choices[0]!.alpha = '0'.repeat(64))))).toBe('badPoint');
    expect(reason(resign(good, codes[0]!, (b) => b.answers[0]!.choices.pop()))).toBe('badFormat');
    // β of the second choice moved off the prime-order subgroup (plus a point of order 8), the voter re-signs
    const offGroup = checkBallot(ctx, lookup, resign(good, codes[0]!, (b) => (b.answers[0]!.choices[1]!.beta = withTorsion(b.answers[0]!.choices[1]!.beta))));
    expect(offGroup).toMatchObject({ ok: false, reason: 'badPoint', question: 0, choice: 1 });
    // the identity is a group element: the point check lets it through, its proof does not
    const identity = checkBallot(ctx, lookup, resign(good, codes[0]!, (b) => (b.answers[0]!.choices[3]!.alpha = '0'.repeat(63) + '1')));
    expect(identity).toMatchObject({ ok: false, reason: 'badIndividualProof', question: 0, choice: 3 });
  });

  it('refuses a ballot whose overall proof claims a count outside min..max', () => {
    // A device that encrypts three choices cannot prove 1..2: encryptBallot refuses, and a forged
    // overall proof (here: a valid one taken from another ballot) does not verify.
    expect(() => encryptBallot(ctx, codes[0]!, [[1, 1, 1, 0]])).toThrow();
    const a = JSON.parse(encryptBallot(ctx, codes[2]!, [[1, 0, 0, 0]]).ballot) as Ballot;
    const forged = resign(encryptBallot(ctx, codes[2]!, [[1, 1, 0, 0]]).ballot, codes[2]!, (b) => (b.answers[0]!.overall_proof = a.answers[0]!.overall_proof));
    expect(checkBallot(ctx, lookup, forged)).toMatchObject({ ok: false, reason: 'badOverallProof' });
  });

  it('turns selected candidates into 0/1 vectors within min..max', () => {
    expect(choicesFromSelection(ctx, [[3, 1]])).toEqual([[0, 1, 0, 1]]);
    expect(choicesFromSelection(ctx, [[]])).toBeNull();
    expect(choicesFromSelection(ctx, [[1, 1]])).toBeNull();
    expect(choicesFromSelection(ctx, [[0, 1, 2]])).toBeNull();
    expect(choicesFromSelection(ctx, [[4]])).toBeNull();
  });
});

describe('every structural check of a ballot', () => {
  it('refuses what a signed but malformed ballot could slip through', () => {
    const good = encryptBallot(ctx, codes[0]!, [[1, 0, 0, 0]]).ballot;
    const reason = (raw: string) => {
      const c = checkBallot(ctx, lookup, raw);
      return c.ok ? 'ok' : c.reason;
    };
    const proofsOnly = (b: Ballot) => checkBallotProofs(ctx, b)?.ok === false ? (checkBallotProofs(ctx, b) as { reason: string }).reason : 'ok';
    const other = resign(good, codes[0]!, (b) => (b.election_hash = 'A'.repeat(43)));
    expect(reason(other)).toBe('wrongElection');
    expect(proofsOnly(JSON.parse(other) as Ballot)).toBe('wrongElection');
    const otherUuid = JSON.parse(resign(good, codes[0]!, (b) => (b.election_uuid = '1'.repeat(14)))) as Ballot;
    expect(proofsOnly(otherUuid)).toBe('wrongElection');
    // wrong election is reported before an unknown credential
    const stranger = generateCredentials(ctx.election.uuid, 1).privateCodes[0]!;
    expect(reason(resign(encryptBallot(ctx, stranger, [[1, 0, 0, 0]]).ballot, stranger, (b) => (b.election_hash = 'A'.repeat(43))))).toBe('wrongElection');
    const parsed = JSON.parse(good) as Ballot;
    expect(proofsOnly({ ...parsed, credential: '0'.repeat(64) })).toBe('badPoint');
    const { signature: _s, ...unsigned } = parsed;
    expect(proofsOnly(unsigned)).toBe('badSignature');
    expect(reason(JSON.stringify(unsigned))).toBe('badSignature');
    expect(reason(resign(good, codes[0]!, (b) => b.answers.push(b.answers[0]!)))).toBe('badFormat');
    expect(reason(resign(good, codes[0]!, (b) => (b.answers[0]!.blank_proof = b.answers[0]!.overall_proof.slice(0, 2))))).toBe('badFormat');
    expect(reason(resign(good, codes[0]!, (b) => b.answers[0]!.individual_proofs.pop()))).toBe('badFormat');
    expect(reason(resign(good, codes[0]!, (b) => (b.answers[0]!.choices.pop(), b.answers[0]!.individual_proofs.pop())))).toBe('badFormat');
  });

  it('checks every answer of a two-question election', () => {
    const election = { ...ctx.election, questions: [ctx.election.questions[0]!, { answers: ['x', 'y'], min: 1, max: 1, question: 'second' }] };
    const two = loadElection(encode(electionCodec, election));
    const b = encryptBallot(two, codes[2]!, [[1, 0, 0, 0], [0, 1]]);
    expect(checkBallot(two, lookup, b.ballot)).toMatchObject({ ok: true });
    const bad = resign(b.ballot, codes[2]!, (x) => (x.answers[1]!.individual_proofs[1]![0]!.challenge = bump(x.answers[1]!.individual_proofs[1]![0]!.challenge)));
    expect(checkBallot(two, lookup, bad)).toMatchObject({ ok: false, reason: 'badIndividualProof', question: 1, choice: 1 });
  });
});

describe('Benaloh audit', () => {
  it('re-derives the stated choices from the randomness', () => {
    const b = encryptBallot(ctx, codes[1]!, [[0, 0, 1, 1]]);
    expect(auditBallot(ctx, b.ballot, b.secrets)).toEqual({ ok: true, choices: [[0, 0, 1, 1]] });
  });

  it('catches a device that encrypted something else than it claims', () => {
    const b = encryptBallot(ctx, codes[1]!, [[0, 0, 1, 1]]);
    const lie = { ...b.secrets, choices: [[0, 1, 1, 0]] };
    expect(auditBallot(ctx, b.ballot, lie)).toMatchObject({ ok: false, reason: 'mismatch', question: 0, choice: 1 });
    const badR = { ...b.secrets, randomness: [b.secrets.randomness[0]!.map(bump)] };
    expect(auditBallot(ctx, b.ballot, badR)).toMatchObject({ ok: false, reason: 'mismatch', choice: 0 });
    expect(auditBallot(ctx, b.ballot, { choices: [[0, 0, 1, 1]], randomness: [] })).toMatchObject({ ok: false, reason: 'badSecrets' });
    expect(auditBallot(ctx, b.ballot, { ...b.secrets, choices: [[0, 0, 2, 1]] })).toMatchObject({ ok: false, reason: 'badSecrets', choice: 2 });
    expect(auditBallot(ctx, b.ballot, { ...b.secrets, choices: [] })).toMatchObject({ ok: false, reason: 'badSecrets', choice: 0 });
    expect(auditBallot(ctx, '{', b.secrets)).toMatchObject({ ok: false, reason: 'badBallot' });
    expect(auditBallot(ctx, resign(b.ballot, codes[0]!, () => {}), b.secrets)).toMatchObject({ ok: false, reason: 'badBallot' });
  });
});
