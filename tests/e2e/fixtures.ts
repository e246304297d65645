import path from 'node:path';
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { encode } from '@auth/core/jwt';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db';
import { ballotCodes, candidates, selections, staff, units, type Role } from '../../db/schema';
import { hashBallotCode } from '../../lib/selection/codes';
import { issueCodes } from '../../lib/selection/issue';
import { hashPassword } from '../../lib/auth/password';
import { startStaffSession } from '../../lib/auth/sessions';
import { E2E_DB, E2E_PORT, E2E_SECRET } from './env';

let database: Db | undefined;
/** The same SQLite file the server under test uses (WAL lets both read and write). */
export function e2eDb(): Db {
  database ??= openDatabase(path.resolve(E2E_DB));
  return database;
}

export const BASE = `http://localhost:${E2E_PORT}`;
export const COOKIE = 'authjs.session-token';

/** A session cookie value for an account, as Auth.js would write it, with its server-side session row. */
export async function mintSession(accountId: number, displayName: string) {
  const sid = startStaffSession(e2eDb(), accountId, new Date());
  return encode({ token: { sub: String(accountId), name: displayName, sid }, secret: E2E_SECRET, salt: COOKIE });
}

/** Signs a context in as a staff account by minting the session cookie, without the login form. */
export async function signInAs(context: BrowserContext, username: string, url = BASE) {
  const account = e2eDb().select().from(staff).where(eq(staff.username, username)).get();
  if (!account) throw new Error(`no account ${username}`);
  const value = await mintSession(account.id, account.displayName);
  await context.addCookies([{ name: COOKIE, value, url, httpOnly: true, sameSite: 'Lax' }]);
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
  deputy: 'deputy',
};

/** Fresh ballot codes for a selection, issued through the domain layer as the CLI does. */
export async function issueTestCodes(year: number, count: number) {
  const selection = e2eDb().select().from(selections).where(eq(selections.year, year)).get()!;
  const community = e2eDb().select().from(units).where(eq(units.kind, 'community')).get()!;
  const result = await issueCodes(e2eDb(), { selectionId: selection.id, communityId: community.id, count }, { id: null, username: 'e2e' });
  if (!result.ok) throw new Error(result.reason);
  return { codes: result.codes, selection };
}

/**
 * The demo selection: in the voting stage and open right now. `/vote` shows the newest open selection,
 * so a test that opens a vote of its own must give it a year before the demo's (e.g. 2002), never after.
 */
export const currentYear = () => {
  const at = new Date();
  return e2eDb()
    .select()
    .from(selections)
    .where(eq(selections.stage, 'voting'))
    .all()
    .find((s) => s.votingOpensAt <= at && at < s.votingClosesAt)!.year;
};

/** The candidate ids of a year's selection. */
export const candidateIds = (year: number) => {
  const s = e2eDb().select().from(selections).where(eq(selections.year, year)).get()!;
  return e2eDb()
    .select({ id: candidates.id })
    .from(candidates)
    .where(eq(candidates.selectionId, s.id))
    .all()
    .map((c) => c.id);
};

/** Whether a ballot code is unused, used or revoked. */
export const codeStatus = (year: number, code: string) =>
  e2eDb()
    .select()
    .from(ballotCodes)
    .where(eq(ballotCodes.codeHash, hashBallotCode(year, code)))
    .get()!.status;

export { base as test, expect };

/** The demo street whose staff account (`street`) the projects tests sign in with. */
export const streetId = () => e2eDb().select().from(units).where(eq(units.name, '春晖街道')).get()!.id;
