import { failureLimiter } from '@/lib/rate-limit';

const perAccount = failureLimiter('signin-account', 5, 15 * 60);
const perIp = failureLimiter('signin-ip', 30, 15 * 60);

export async function isSignInBlocked(username: string, ip: string): Promise<boolean> {
  const [account, address] = await Promise.all([perAccount.blocked(username.toLowerCase()), perIp.blocked(ip)]);
  return account || address;
}

export async function recordSignInFailure(username: string, ip: string): Promise<void> {
  await Promise.all([perAccount.fail(username.toLowerCase()), perIp.fail(ip)]);
}

export async function clearSignInFailures(username: string): Promise<void> {
  await perAccount.reset(username.toLowerCase());
}

/** The client address as the proxy in front of us reports it. */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
