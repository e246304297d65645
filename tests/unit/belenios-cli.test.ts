/**
 * The guardians' and the credential authority's CLI steps, run as real processes on real files,
 * with the server's steps in between through the library: a 2-of-3 election from key ceremony to
 * a published archive that `npm run cli -- verify` accepts, and refuses once altered.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArchiveWriter } from '@/lib/belenios/archive';
import { encryptBallot } from '@/lib/belenios/ballot';
import { checkBallot } from '@/lib/belenios/ballot-check';
import { parsePublicCredentials } from '@/lib/belenios/credentials';
import { generateUuid, loadElection, makeElection } from '@/lib/belenios/election';
import { enableSodium } from '@/lib/belenios/group-sodium';
import { encode } from '@/lib/belenios/json';
import { combineResult, createTally } from '@/lib/belenios/tally';
import { assembleThresholdParameters, computeVinputs } from '@/lib/belenios/trustee-pedersen';
import { combineTrusteeKeys } from '@/lib/belenios/trustees';
import { tamper } from '@/lib/belenios/tamper';
import { partialDecryptionCodec, publicCredentialsCodec, resultCodec, trusteesCodec, vinputCodec, type PartialDecryption, type Polynomial, type SignedMsg, type TrusteeKind, type Voutput } from '@/lib/belenios/types';

const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'belenios-cli-'));
const at = (name: string) => path.join(dir, name);
const json = <T>(name: string) => JSON.parse(fs.readFileSync(at(name), 'utf8')) as T;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

let archive: string;

beforeAll(async () => {
  await enableSodium();
  for (const g of [1, 2, 3]) expect(cli('guardian', 'init', '--key', at(`g${g}.json`), '--cert', at(`cert${g}.json`)).status).toBe(0);
  const certs = [1, 2, 3].map((g) => json<SignedMsg>(`cert${g}.json`));
  fs.writeFileSync(at('certs.json'), JSON.stringify(certs));
  for (const g of [1, 2, 3])
    expect(cli('guardian', 'polynomial', '--key', at(`g${g}.json`), '--certs', at('certs.json'), '--threshold', '2', '--out', at(`p${g}.json`)).status).toBe(0);
  const polynomials = [1, 2, 3].map((g) => json<Polynomial>(`p${g}.json`));
  computeVinputs(certs, polynomials).forEach((v, j) => fs.writeFileSync(at(`vi${j + 1}.json`), encode(vinputCodec, v)));
  for (const g of [1, 2, 3])
    expect(cli('guardian', 'voutput', '--key', at(`g${g}.json`), '--certs', at('certs.json'), '--vinput', at(`vi${g}.json`), '--out', at(`vo${g}.json`)).status).toBe(0);
  const trustees: TrusteeKind[] = [['Pedersen', assembleThresholdParameters(certs, polynomials, [1, 2, 3].map((g) => json<Voutput>(`vo${g}.json`)))]];

  const uuid = generateUuid();
  expect(cli('credentials', 'generate', '--uuid', uuid, '--count', '4', '--out-private', at('codes.csv'), '--out-public', at('public.json')).status).toBe(0);
  const codes = fs.readFileSync(at('codes.csv'), 'utf8').trim().split('\n').slice(1);
  const publicCredentials = json<string[]>('public.json');
  const ctx = loadElection(makeElection({ uuid, name: 'CLI', description: '', candidates: ['甲', '乙', '丙'], question: 'q', min: 1, max: 2, publicKey: combineTrusteeKeys(trustees) }));
  const list = parsePublicCredentials(publicCredentials);
  if (!list.ok) throw new Error(list.reason);

  archive = at(`${uuid}.bel`);
  const out = fs.openSync(archive, 'w');
  const writer = createArchiveWriter((c) => void fs.writeSync(out, c), { timestamp: 1767225600 });
  await writer.setup(ctx.raw, encode(trusteesCodec, trustees), encode(publicCredentialsCodec, publicCredentials));
  const tally = createTally(ctx);
  for (const [i, vote] of [[1, 0, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1]].entries()) {
    const raw = encryptBallot(ctx, codes[i]!, [vote]).ballot;
    const c = checkBallot(ctx, (x) => list.list.weights.get(x), raw);
    if (!c.ok) throw new Error(c.reason);
    tally.add(c.ballot, c.weight);
    await writer.ballot(raw);
  }
  await writer.endBallots();
  const t = tally.finish();
  await writer.encryptedTally(t.encryptedTallyRaw, t.numTallied, t.totalWeight);
  for (const g of [3, 1]) {
    const r = cli('guardian', 'decrypt', '--key', at(`g${g}.json`), '--archive', archive, '--out', at(`pd${g}.json`));
    expect(r.out).toContain(`trustee ${g}`);
  }
  const pds = [3, 1].map((g) => ({ owner: g, pd: json<PartialDecryption>(`pd${g}.json`) }));
  for (const { owner, pd } of pds) await writer.partialDecryption(owner, encode(partialDecryptionCodec, pd));
  const result = combineResult(ctx, trustees, t.encryptedTally, t.totalWeight, pds);
  if (!result.ok) throw new Error(result.reason);
  expect(result.result).toEqual([[3, 1, 2]]);
  await writer.result(encode(resultCodec, { result: result.result }));
  fs.closeSync(out);
}, 300_000);

describe('npm run cli -- verify', () => {
  it('accepts the archive made with the guardians’ and the credential authority’s CLI steps', () => {
    const r = cli('verify', archive);
    expect(r.out).toContain('OK: all checks passed.');
    expect(r.out).toContain('Result: [[3,1,2]]');
    expect(r.status).toBe(0);
    expect(fs.statSync(at('g1.json')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(at('codes.csv')).mode & 0o777).toBe(0o600);
  });

  it('exits 1 and names the failure when the result was altered', async () => {
    const altered = at('altered.bel');
    fs.writeFileSync(altered, await tamper(new Uint8Array(fs.readFileSync(archive)), 'result', 0, () => '{"result":[[2,2,2]]}'));
    const r = cli('verify', altered, '--workers', '0');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/FAIL result\.mismatch at event \d+ \(Result\)/);
  });

  it('exits 2 with the usage on a missing file, and refuses to overwrite a guardian key', () => {
    expect(cli('verify', at('nope.bel')).status).toBe(2);
    const r = cli('guardian', 'init', '--key', at('g1.json'), '--cert', at('x.json'));
    expect(r.status).toBe(2);
    expect(r.out).toContain('never overwritten');
  });
});
