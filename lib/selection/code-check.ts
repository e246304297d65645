import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotCodes, selections } from '@/db/schema';
import type { CastRefusal } from './cast';
import { hashBallotCode, normalizeCode } from './codes';
import { votingState } from './stages';

/** Whether a code could vote now, without using it: the first step of the ballot. */
export function checkCode(
  database: Db,
  year: number,
  input: string,
  now: Date,
): { ok: true; code: string } | { ok: false; reason: CastRefusal } {
  const selection = database.select().from(selections).where(eq(selections.year, year)).get();
  if (!selection) return { ok: false, reason: 'noSelection' };
  const state = votingState(selection, now);
  if (state !== 'open') return { ok: false, reason: state };
  const code = normalizeCode(input);
  if (!code) return { ok: false, reason: 'unknownCode' };
  const row = database
    .select({ status: ballotCodes.status })
    .from(ballotCodes)
    .where(and(eq(ballotCodes.codeHash, hashBallotCode(year, code)), eq(ballotCodes.selectionId, selection.id)))
    .get();
  if (!row) return { ok: false, reason: 'unknownCode' };
  if (row.status !== 'unused') return { ok: false, reason: row.status === 'used' ? 'usedCode' : 'revokedCode' };
  return { ok: true, code };
}
