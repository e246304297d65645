import { blockList, failureLimiter } from '@/lib/rate-limit';

/**
 * Failed sign-ins slow the guesser down without letting anyone lock an account:
 * - per account and address: four tries free, then from the fifth failure a wait that doubles with
 *   each one (30 s, 1 min, 2 min … at most 15 minutes). It stops that address guessing that account,
 *   and nobody else.
 * - per account, from anywhere: past ten failures in 15 minutes every attempt on the account is
 *   answered a little later (a quarter second more per failure, at most 5 s), right password too. A
 *   stranger can make the owner wait a few seconds, never shut them out.
 * - per address, across accounts: 30 failures in 15 minutes and the address is refused (password
 *   spraying, one guess against many accounts, would slip under the per-account rules).
 */
const FREE_TRIES = 4;
const FIRST_WAIT_S = 30;
const MAX_BACKOFF_S = 15 * 60;
const pairFailures = failureLimiter('signin-pair', 10_000, 60 * 60);
const pairWait = blockList('signin-pair-wait');
const accountFailures = failureLimiter('signin-account', 10_000, 15 * 60);
const addressFailures = failureLimiter('signin-address', 30, 15 * 60);

/** Seconds a pair waits after its n-th failure. */
export function backoffSeconds(failures: number): number {
  return failures <= FREE_TRIES ? 0 : Math.min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES - 1), MAX_BACKOFF_S);
}

/** Extra answer time for an account that has failed this often from anywhere. */
export function accountDelayMs(failures: number): number {
  return failures <= 10 ? 0 : Math.min((failures - 10) * 250, 5000);
}

const pairKey = (username: string, address: string) => `${username.toLowerCase()}|${address}`;

export type SignInGate = { refused: true } | { refused: false; delayMs: number };

/** Checked before the password is: refused outright, or allowed after a delay. */
export async function signInGate(username: string, address: string): Promise<SignInGate> {
  const [sprayed, wait, failures] = await Promise.all([
    addressFailures.blocked(address),
    pairWait.waitMs(pairKey(username, address)),
    accountFailures.count(username.toLowerCase()),
  ]);
  if (sprayed || wait > 0) return { refused: true };
  return { refused: false, delayMs: accountDelayMs(failures) };
}

export async function recordSignInFailure(username: string, address: string): Promise<void> {
  const key = pairKey(username, address);
  await Promise.all([pairFailures.fail(key), accountFailures.fail(username.toLowerCase()), addressFailures.fail(address)]);
  const wait = backoffSeconds(await pairFailures.count(key));
  if (wait > 0) await pairWait.block(key, wait);
}

/** The right password from this address: its own count starts again; other addresses' do not. */
export async function clearSignInFailures(username: string, address: string): Promise<void> {
  const key = pairKey(username, address);
  await Promise.all([pairFailures.reset(key), pairWait.clear(key)]);
}
