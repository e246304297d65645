import { failureLimiter } from '@/lib/rate-limit';

// Wrong, used or revoked codes per address: 20 in 15 minutes. Valid codes never count, so a family
// voting from one phone, or a community kiosk, is never blocked.
const codeGuesses = failureLimiter('ballot-code-ip', 20, 15 * 60);
// Residents' posts (criteria, nominations): generous for people, tight for scripts.
const posts = failureLimiter('public-post-ip', 10, 60 * 60);

export const codeGuard = codeGuesses;

export async function allowPost(ip: string): Promise<boolean> {
  if (await posts.blocked(ip)) return false;
  await posts.fail(ip);
  return true;
}
