import 'server-only';
import { eq } from 'drizzle-orm';
import { db, writeTx } from '@/db';
import { requestCategories, type RequestChannel } from '@/db/schema';
import { fieldErrorsOf } from '@/lib/action/core';
import { now } from '@/lib/clock';
import { failureLimiter } from '@/lib/rate-limit';
import { fileRequest, LedgerError, residentMove } from './ledger';
import { fileRequestSchema, residentMoveSchema } from './schemas';

// Filing: generous for people (a community centre kiosk files for many), tight for scripts.
const filings = failureLimiter('request-file-ip', 20, 60 * 60);
// Wrong confirmation keys per address: a key cannot be guessed in the tries allowed.
const keyGuesses = failureLimiter('request-key-ip', 10, 15 * 60);

export type IntakeRefusal = 'invalid' | 'rateLimited' | 'wrongKey' | 'badMove';
export type IntakeResult<T> = { ok: true; data: T } | { ok: false; reason: IntakeRefusal; fieldErrors?: Record<string, string[]> };

/** A resident's request from the web form or the API: checked, rate limited per address, filed. */
export async function intakeRequest(
  raw: unknown,
  channel: RequestChannel,
  ip: string,
): Promise<IntakeResult<{ number: string; key: string }>> {
  const parsed = fileRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const category = db().select().from(requestCategories).where(eq(requestCategories.code, parsed.data.category)).get();
  if (!category?.active) return { ok: false, reason: 'invalid', fieldErrors: { category: ['field.invalid'] } };
  if (await filings.blocked(ip)) return { ok: false, reason: 'rateLimited' };
  try {
    const filed = writeTx((tx) =>
      fileRequest(tx, { ...parsed.data, categoryId: category.id, communityId: parsed.data.community, channel }, now()),
    );
    await filings.fail(ip);
    return { ok: true, data: { number: filed.number, key: filed.key } };
  } catch (error) {
    if (error instanceof LedgerError) return { ok: false, reason: 'invalid', fieldErrors: { [error.reason]: ['field.invalid'] } };
    throw error;
  }
}

/** The resident confirms (1–5) or reopens, proving with the key; wrong keys count against the address. */
export async function residentAnswer(raw: unknown, ip: string): Promise<IntakeResult<{ status: string }>> {
  const parsed = residentMoveSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  if (await keyGuesses.blocked(ip)) return { ok: false, reason: 'rateLimited' };
  try {
    const after = writeTx((tx) => residentMove(tx, parsed.data, now()));
    return { ok: true, data: { status: after.status } };
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    if (error.reason === 'wrongKey') await keyGuesses.fail(ip);
    return { ok: false, reason: error.reason === 'wrongKey' ? 'wrongKey' : 'badMove' };
  }
}
