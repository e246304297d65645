import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts only what it is told to count (usually failures), so people sharing one address (a
 * household, a community centre's kiosk) are not shut out by each other's successes.
 */
export function failureLimiter(name: string, points: number, seconds: number) {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
  return {
    async blocked(key: string) {
      return ((await limiter.get(key))?.consumedPoints ?? 0) >= points;
    },
    async fail(key: string) {
      await limiter.penalty(key, 1).catch((e) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      });
    },
    async reset(key: string) {
      await limiter.delete(key);
    },
  };
}
