import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Only failures are counted: a household or an office behind one IP can still sign in or vote.
const perAccount = new RateLimiterMemory({ keyPrefix: 'signin-account', points: 5, duration: 15 * 60 });
const perIp = new RateLimiterMemory({ keyPrefix: 'signin-ip', points: 30, duration: 15 * 60 });

export async function isSignInBlocked(username: string, ip: string): Promise<boolean> {
  const [account, address] = await Promise.all([perAccount.get(username.toLowerCase()), perIp.get(ip)]);
  return (account?.consumedPoints ?? 0) >= 5 || (address?.consumedPoints ?? 0) >= 30;
}

export async function recordSignInFailure(username: string, ip: string): Promise<void> {
  await Promise.all([perAccount.penalty(username.toLowerCase(), 1).catch(ignoreLimit), perIp.penalty(ip, 1).catch(ignoreLimit)]);
}

export async function clearSignInFailures(username: string): Promise<void> {
  await perAccount.delete(username.toLowerCase());
}

function ignoreLimit(error: unknown) {
  if (!(error instanceof RateLimiterRes)) throw error;
}

/** The client address as the proxy in front of us reports it. */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
