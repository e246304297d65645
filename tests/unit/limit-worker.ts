// A separate process counting failures against the shared limits file (see lib/rate-limit.test.ts).
import { failureLimiter } from '../../lib/rate-limit';

async function main() {
  const [dbUrl, name, key, times] = process.argv.slice(2);
  process.env.DATABASE_URL = dbUrl;
  const limiter = failureLimiter(name!, 1000, 15 * 60);
  for (let i = 0; i < Number(times); i++) await limiter.fail(key!);
  process.stdout.write(String(await limiter.count(key!)));
}
void main();
