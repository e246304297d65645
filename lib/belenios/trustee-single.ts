/**
 * "Single" trustees (spec §3.1.1, §4.4): one key pair whose holder must take part in every tally.
 * Also the trustee_public_key check shared with Pedersen verification keys.
 */
import { group, parsePoint, pointToString, randomScalar, scalarToString } from './group';
import type { TrusteePublicKey } from './types';
import { pokPrefix, schnorrProve, schnorrVerify } from './zkp';

/** trustee_public_key for private key x: X = g^x with a proof of knowledge of x. */
export function provePublicKey(x: bigint, name?: string): TrusteePublicKey {
  const X = group().mulG(x);
  const key: TrusteePublicKey = { pok: schnorrProve(pokPrefix(X), x), public_key: pointToString(X) };
  return name === undefined ? key : { ...key, name };
}

export function checkTrusteePublicKey(key: TrusteePublicKey): boolean {
  const X = parsePoint(key.public_key);
  return X !== null && schnorrVerify(pokPrefix(X), X, key.pok);
}

/** Trustee side: a fresh Single key. Keep `privateKey` in the trustee's key file, never on the server. */
export function generateSingleTrustee(name?: string) {
  const x = randomScalar();
  return { privateKey: scalarToString(x), publicKey: provePublicKey(x, name) };
}
