import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath, env } from '@/lib/env';

let cached: string | undefined;

/**
 * The district key of the household register: HOUSEHOLD_KEY from the environment, else a random key
 * generated once and kept beside the database (like the auth secret), never in git. It is separate from
 * AUTH_SECRET so that rotating session secrets never changes the register's hashes.
 */
export function householdKey(): string {
  if (cached) return cached;
  const fromEnv = env().HOUSEHOLD_KEY;
  if (fromEnv) return (cached = fromEnv);
  const file = path.join(path.dirname(databasePath()), '.household-key');
  if (!fs.existsSync(file)) {
    // Written aside and linked into place: two processes starting at once agree on one key.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${crypto.randomUUID()}`;
    fs.writeFileSync(temp, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.unlinkSync(temp);
    }
  }
  return (cached = fs.readFileSync(file, 'utf8').trim());
}
