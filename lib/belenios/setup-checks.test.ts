import { beforeAll, describe, expect, it } from 'vitest';
import { generateCredentials } from './credentials';
import { generateUuid, makeElection } from './election';
import { enableSodium } from './group-sodium';
import { encode } from './json';
import { runCeremony, type Ceremony } from './simulate';
import { checkPolynomial, checkThresholdParameters, checkVoutput, computeVinputs, generateGuardianCert, makePolynomial, makeVoutput } from './trustee-pedersen';
import { generateSingleTrustee } from './trustee-single';
import { publicCredentialsCodec, trusteesCodec, type ThresholdParameters } from './types';
import { verifySetup } from './verify-setup';

let ceremony: Ceremony;
let electionRaw: string;
let credentialsRaw: string;
beforeAll(async () => {
  await enableSodium();
  ceremony = runCeremony(3, 2);
  const uuid = generateUuid();
  electionRaw = makeElection({ uuid, name: 'n', description: '', candidates: ['a', 'b'], question: 'q', min: 1, max: 1, publicKey: ceremony.publicKey });
  credentialsRaw = encode(publicCredentialsCodec, generateCredentials(uuid, 3).publicCredentials);
});

const params = () => structuredClone(ceremony.trustees[0]![1] as ThresholdParameters);
const withParams = (p: ThresholdParameters) => encode(trusteesCodec, [['Pedersen', p]]);

describe('verifySetup', () => {
  it('accepts the setup of a ceremony and names each broken part', () => {
    expect(verifySetup(electionRaw, ceremony.trusteesRaw, credentialsRaw)).toMatchObject({ ok: true });
    expect(verifySetup(electionRaw.replace('"version":1', '"version":2'), ceremony.trusteesRaw, credentialsRaw)).toMatchObject({ ok: false, check: 'election' });
    expect(verifySetup(electionRaw, '[["Nope",{}]]', credentialsRaw)).toMatchObject({ ok: false, check: 'trustees' });
    const other = generateSingleTrustee();
    expect(verifySetup(electionRaw, encode(trusteesCodec, [['Single', other.publicKey]]), credentialsRaw)).toMatchObject({ ok: false, check: 'electionKey' });
    const badPok = encode(trusteesCodec, [['Single', { ...other.publicKey, pok: { ...other.publicKey.pok, response: '1' } }]]);
    expect(verifySetup(electionRaw, badPok, credentialsRaw)).toMatchObject({ ok: false, check: 'trustees', detail: 'trustee item 1: proof of knowledge fails' });
    expect(verifySetup(electionRaw, ceremony.trusteesRaw, '["x"]')).toMatchObject({ ok: false, check: 'credentials' });
    expect(verifySetup(electionRaw, ceremony.trusteesRaw, 'nope')).toMatchObject({ ok: false, check: 'credentials' });
  });
});

describe('checkThresholdParameters', () => {
  it('finds every inconsistency in published threshold parameters', () => {
    expect(checkThresholdParameters(params())).toBeNull();
    const fewer = params();
    fewer.verification_keys.pop();
    expect(checkThresholdParameters(fewer)).toBe('one verification key per guardian is needed');
    const threshold = params();
    threshold.threshold = 3;
    expect(checkThresholdParameters(threshold)).toBe('threshold does not match the polynomials');
    const zero = params();
    zero.threshold = 0;
    expect(checkThresholdParameters(zero)).toBe('threshold does not match the polynomials');
    const pok = params();
    pok.verification_keys[1]!.pok.response = '1';
    expect(checkThresholdParameters(pok)).toBe('guardian 2: proof of knowledge fails');
    const swapped = params();
    swapped.verification_keys.reverse();
    expect(checkThresholdParameters(swapped)).toBe('guardian 1: verification key does not match the commitments');
    const unsigned = params();
    unsigned.coefexps[2]!.signature.response = '1';
    expect(checkThresholdParameters(unsigned)).toBe('pedersen: coefexps 3 does not validate');
    const cert = params();
    cert.certs[0] = cert.certs[1]!;
    expect(checkThresholdParameters(cert)).toMatch(/coefexps 1 does not validate/);
    expect(verifySetup(electionRaw, withParams(pok), credentialsRaw)).toMatchObject({ ok: false, check: 'trustees' });
  });
});

describe('the server’s and the guardians’ ceremony checks', () => {
  it('refuse malformed thresholds, polynomials, vinputs and voutputs', () => {
    const g = Array.from({ length: 3 }, generateGuardianCert);
    const certs = g.map((x) => x.cert);
    for (const k of [0, 4, 1.5]) expect(() => makePolynomial(g[0]!.seed, certs, k)).toThrow('threshold must be 1..n');
    const polys = g.map((x) => makePolynomial(x.seed, certs, 2));
    expect(checkPolynomial(certs, 0, polys[0]!, 2)).toBe(true);
    expect(checkPolynomial(certs, 1, polys[0]!, 2)).toBe(false); // signed by guardian 1, not 2
    expect(checkPolynomial(certs, 0, polys[0]!, 3)).toBe(false);
    expect(checkPolynomial(certs, 0, { ...polys[0]!, secrets: polys[0]!.secrets.slice(1) }, 2)).toBe(false);
    expect(checkPolynomial(certs, 0, { ...polys[0]!, coefexps: { ...polys[0]!.coefexps, message: '{"coefexps":[]}' } })).toBe(false);
    expect(checkPolynomial(certs, 0, { ...polys[0]!, coefexps: { ...polys[0]!.coefexps, message: 'x' } })).toBe(false);
    expect(() => computeVinputs(certs, polys.slice(1))).toThrow('one polynomial per guardian is needed');
    expect(() => computeVinputs(certs, [polys[0]!, polys[0]!, polys[2]!])).toThrow('coefexps 2 does not validate');
    const vi = computeVinputs(certs, polys);
    expect(() => makeVoutput(g[0]!.seed, certs, { ...vi[0]!, secrets: vi[0]!.secrets.slice(1) })).toThrow('wrong size');
    expect(() => makeVoutput(g[0]!.seed, certs, { ...vi[0]!, coefexps: vi[0]!.coefexps.slice(1) })).toThrow('wrong size');
    expect(() => makeVoutput(g[0]!.seed, certs, { ...vi[0]!, coefexps: [vi[0]!.coefexps[1]!, ...vi[0]!.coefexps.slice(1)] })).toThrow('coefexps 1 does not validate');
    const short = makePolynomial(g[1]!.seed, certs, 1);
    const mixed = computeVinputs(certs, [polys[0]!, polys[1]!, polys[2]!])[0]!;
    expect(() => makeVoutput(g[0]!.seed, certs, { ...mixed, coefexps: [mixed.coefexps[0]!, short.coefexps, mixed.coefexps[2]!] })).toThrow('coefexps 2 has the wrong size');
    const vo = makeVoutput(g[0]!.seed, certs, vi[0]!);
    expect(checkVoutput(certs, polys, 0, { ...vo, public_key: { ...vo.public_key, pok: { ...vo.public_key.pok, response: '1' } } })).toBe(false);
  });
});
