import path from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { encode } from '@auth/core/jwt';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db';
import { staff, type Role } from '../../db/schema';
import { hashPassword } from '../../lib/auth/password';
import { E2E_DB, E2E_PORT, E2E_SECRET } from './env';

let database: Db | undefined;
/** The same SQLite file the server under test uses (WAL lets both read and write). */
export function e2eDb(): Db {
  database ??= openDatabase(path.resolve(E2E_DB));
  return database;
}

export const BASE = `http://localhost:${E2E_PORT}`;
export const COOKIE = 'authjs.session-token';

/** Signs a context in as a staff account by minting the session cookie, without the login form. */
export async function signInAs(context: BrowserContext, username: string) {
  const account = e2eDb().select().from(staff).where(eq(staff.username, username)).get();
  if (!account) throw new Error(`no account ${username}`);
  const value = await encode({ token: { sub: String(account.id), name: account.displayName }, secret: E2E_SECRET, salt: COOKIE });
  await context.addCookies([{ name: COOKIE, value, url: BASE, httpOnly: true, sameSite: 'Lax' }]);
  return account;
}

/** Creates a staff account straight in the database, for tests that need one of their own. */
export async function createAccount(role: Role, unitId: number | null, password = 'e2e-password-123') {
  const username = `e2e-${role}-${Math.random().toString(36).slice(2, 8)}`;
  const row = e2eDb()
    .insert(staff)
    .values({ username, displayName: username, role, unitId, passwordHash: await hashPassword(password) })
    .returning()
    .get();
  return { ...row, password };
}

export const demoUsernames: Record<Role, string> = {
  admin: 'admin',
  organizer: 'organizer',
  inspector: 'inspector',
  surveyor: 'surveyor',
  unit_staff: 'street',
  viewer: 'viewer',
};

export { base as test, expect };
