/**
 * A guardian's key file and the steps run from it (browser page or `npm run cli -- guardian …`).
 * The file never goes to the server. For a Pedersen guardian it holds the seed (from which the
 * signing and decryption keys derive) and, after step 5, its key share encrypted to itself.
 */
import type { ElectionContext } from './election';
import { group, parseScalar, pointToString } from './group';
import { partialDecrypt } from './tally';
import { generateGuardianCert, guardianDecryptionKey, makePolynomial, makeVoutput } from './trustee-pedersen';
import { generateSingleTrustee } from './trustee-single';
import { trusteeSlots } from './trustees';
import type { EncryptedTally, PartialDecryption, Polynomial, SignedMsg, TrusteeKind, TrusteePublicKey, Vinput, Voutput } from './types';

export const KEY_FILE_FORMAT = 'minping-belenios-guardian/1';

export type GuardianKeyFile =
  | { format: typeof KEY_FILE_FORMAT; kind: 'pedersen'; seed: string; cert: SignedMsg; voutputPrivateKey?: string; publicKey?: string }
  | { format: typeof KEY_FILE_FORMAT; kind: 'single'; privateKey: string; publicKey: TrusteePublicKey };

export function parseKeyFile(text: string): GuardianKeyFile {
  const f = JSON.parse(text) as GuardianKeyFile;
  if (f.format !== KEY_FILE_FORMAT) throw new Error('not a Minping guardian key file');
  if (f.kind === 'pedersen' ? typeof f.seed !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{22}$/.test(f.seed) : f.kind !== 'single')
    throw new Error('guardian key file is damaged');
  return f;
}

export const writeKeyFile = (f: GuardianKeyFile) => `${JSON.stringify(f, null, 2)}\n`;

/** Step 1: a new Pedersen guardian key file and the certificate to send to the server. */
export function newPedersenKeyFile(): { keyFile: GuardianKeyFile; cert: SignedMsg } {
  const { seed, cert } = generateGuardianCert();
  return { keyFile: { format: KEY_FILE_FORMAT, kind: 'pedersen', seed, cert }, cert };
}

/** A Single trustee: the key file, and the public key (with its proof) for the server. */
export function newSingleKeyFile(name?: string): { keyFile: GuardianKeyFile; publicKey: TrusteePublicKey } {
  const t = generateSingleTrustee(name);
  return { keyFile: { format: KEY_FILE_FORMAT, kind: 'single', privateKey: t.privateKey, publicKey: t.publicKey }, publicKey: t.publicKey };
}

const pedersen = (f: GuardianKeyFile) => {
  if (f.kind !== 'pedersen') throw new Error('this step is for Pedersen guardians');
  return f;
};

/** Step 3: the polynomial for a k-of-n election, given every guardian's certificate. */
export const guardianPolynomial = (f: GuardianKeyFile, certs: SignedMsg[], threshold: number): Polynomial =>
  makePolynomial(pedersen(f).seed, certs, threshold);

/** Step 5: checks the shares received, returns the voutput and the key file updated with the share. */
export function guardianVoutput(f: GuardianKeyFile, certs: SignedMsg[], vinput: Vinput): { voutput: Voutput; keyFile: GuardianKeyFile } {
  const voutput = makeVoutput(pedersen(f).seed, certs, vinput);
  return {
    voutput,
    keyFile: { ...pedersen(f), voutputPrivateKey: voutput.private_key, publicKey: voutput.public_key.public_key },
  };
}

/** The guardian's decryption key: its Pedersen share or its Single private key. */
export function guardianSecret(f: GuardianKeyFile, voutputPrivateKey?: string): bigint {
  if (f.kind === 'single') {
    const x = parseScalar(f.privateKey);
    if (x === null) throw new Error('guardian key file is damaged');
    return x;
  }
  const encrypted = voutputPrivateKey ?? f.voutputPrivateKey;
  if (!encrypted) throw new Error('the key file has no key share yet (step 5 not done); pass the voutput');
  return guardianDecryptionKey(f.seed, encrypted);
}

/**
 * Tally: the partial decryption of the encrypted tally, and the trustee number (owner) it belongs
 * to, found by matching the guardian's public key in the election's trustees.
 */
export function guardianPartialDecryption(
  f: GuardianKeyFile,
  ctx: ElectionContext,
  trustees: TrusteeKind[],
  tally: EncryptedTally,
  voutputPrivateKey?: string,
): { owner: number; partialDecryption: PartialDecryption } {
  const x = guardianSecret(f, voutputPrivateKey);
  const mine = pointToString(group().mulG(x));
  const slot = trusteeSlots(trustees).find((s) => pointToString(s.publicKey) === mine);
  if (!slot) throw new Error('your key is not among the trustees of this election');
  return { owner: slot.owner, partialDecryption: partialDecrypt(ctx, tally, x) };
}
