/**
 * A guardian's steps, reading and writing their key file and the ceremony messages as files:
 *   guardian init        --key key.json --cert cert.json                      (step 1)
 *   guardian polynomial  --key key.json --certs certs.json --threshold K --out polynomial.json   (step 3)
 *   guardian voutput     --key key.json --certs certs.json --vinput vinput.json --out voutput.json (step 5)
 *   guardian decrypt     --key key.json --archive election.bel --out partial_decryption.json     (tally)
 *   guardian single-init --key key.json --public public_key.json              (a Single trustee)
 * certs.json is the list of every guardian's certificate, in order, as the server publishes it.
 */
import fs from 'node:fs';
import {
  guardianPartialDecryption,
  guardianPolynomial,
  guardianVoutput,
  newPedersenKeyFile,
  newSingleKeyFile,
  parseKeyFile,
  writeKeyFile,
} from '../../lib/belenios/guardian';
import { enableSodium } from '../../lib/belenios/group-sodium';
import { encode } from '../../lib/belenios/json';
import { partialDecryptionCodec, polynomialCodec, signedMsgCodec, trusteePublicKeyCodec, vinputCodec, voutputCodec, type SignedMsg, type Vinput } from '../../lib/belenios/types';
import { verifyArchive } from '../../lib/belenios/verify';
import { flags, need, readJson, readText, UsageError, writeSecret, writeText } from './args';

function readCerts(file: string): SignedMsg[] {
  const v = readJson<SignedMsg[] | { certs: SignedMsg[] }>(file);
  const list = Array.isArray(v) ? v : v.certs;
  return list.map((c, i) => signedMsgCodec.parse(c, `certs[${i}]`));
}

function newKeyFile(path: string) {
  if (fs.existsSync(path)) throw new UsageError(`${path} exists: a guardian key is never overwritten.`);
  return path;
}

export async function run(args: string[]): Promise<number> {
  const [step, ...rest] = args;
  const f = flags(rest);
  await enableSodium();
  switch (step) {
    case 'init': {
      const key = newKeyFile(need(f, 'key'));
      const { keyFile, cert } = newPedersenKeyFile();
      writeSecret(key, writeKeyFile(keyFile));
      writeText(need(f, 'cert'), encode(signedMsgCodec, cert));
      console.log(`Key file written to ${key} (keep it safe, offline). Send ${f.cert} to the organizers.`);
      return 0;
    }
    case 'single-init': {
      const key = newKeyFile(need(f, 'key'));
      const { keyFile, publicKey } = newSingleKeyFile(f.name);
      writeSecret(key, writeKeyFile(keyFile));
      writeText(need(f, 'public'), encode(trusteePublicKeyCodec, publicKey));
      console.log(`Key file written to ${key}. Send ${f.public} to the organizers.`);
      return 0;
    }
    case 'polynomial': {
      const keyFile = parseKeyFile(readText(need(f, 'key')));
      const threshold = Number(need(f, 'threshold'));
      const polynomial = guardianPolynomial(keyFile, readCerts(need(f, 'certs')), threshold);
      writeText(need(f, 'out'), encode(polynomialCodec, polynomial));
      console.log(`Polynomial for a ${threshold}-of-n key written to ${f.out}.`);
      return 0;
    }
    case 'voutput': {
      const keyPath = need(f, 'key');
      const keyFile = parseKeyFile(readText(keyPath));
      const vinput = vinputCodec.parse(readJson<Vinput>(need(f, 'vinput')), 'vinput');
      const { voutput, keyFile: updated } = guardianVoutput(keyFile, readCerts(need(f, 'certs')), vinput);
      writeSecret(keyPath, writeKeyFile(updated));
      writeText(need(f, 'out'), encode(voutputCodec, voutput));
      console.log(`Every share checked. Verification key ${voutput.public_key.public_key}; voutput written to ${f.out}.`);
      return 0;
    }
    case 'decrypt': {
      const keyFile = parseKeyFile(readText(need(f, 'key')));
      const archive = need(f, 'archive');
      if (!fs.existsSync(archive)) throw new UsageError(`No such file: ${archive}`);
      const report = await verifyArchive(fs.createReadStream(archive));
      if (!report.ok || !report.setup || !report.encryptedTally) {
        console.error(`The archive does not verify, or has no encrypted tally yet (phase ${report.phase}); not decrypting.`);
        for (const x of report.failures) console.error(`FAIL ${x.check}: ${x.detail}`);
        return 1;
      }
      const { owner, partialDecryption } = guardianPartialDecryption(keyFile, report.setup.ctx, report.setup.trustees, report.encryptedTally, f.voutput ? readJson<{ private_key: string }>(f.voutput).private_key : undefined);
      writeText(need(f, 'out'), encode(partialDecryptionCodec, partialDecryption));
      console.log(`Archive verified (${report.tallied} ballots tallied). Partial decryption of trustee ${owner} written to ${f.out}.`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown guardian step: ${step ?? '(none)'}`);
  }
}
