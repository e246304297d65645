import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { ballotCodes, elections, selections } from '@/db/schema';
import { normalizeCredential, publicCredential } from '@/lib/belenios/credentials';
import type { CastRefusal } from './cast';
import { hashBallotCode, normalizeCode } from './codes';
import { votingState } from './stages';

type CodeCheck = { ok: true; code: string } | { ok: false; reason: CastRefusal };

/**
 * Whether a code could vote now, without using it: the first step of the ballot. For an encrypted
 * selection the code is a private credential, known by its public credential only (the server keeps
 * nothing else); `typed: false` means the device already turned the code into that public credential.
 */
export function checkCode(database: Db, year: number, input: string, now: Date, typed = true): CodeCheck {
  const selection = database.select().from(selections).where(eq(selections.year, year)).get();
  if (!selection) return { ok: false, reason: 'noSelection' };
  const state = votingState(selection, now);
  if (state !== 'open') return { ok: false, reason: state };
  let code: string | null;
  let key: string;
  if (selection.mode === 'encrypted') {
    const election = database.select().from(elections).where(eq(elections.selectionId, selection.id)).get();
    if (!election || election.phase !== 'frozen') return { ok: false, reason: 'closed' };
    code = typed ? normalizeCredential(input) : /^[0-9a-f]{64}$/.test(input) ? input : null;
    if (!code) return { ok: false, reason: 'unknownCode' };
    key = typed ? publicCredential(election.uuid, code) : code;
  } else {
    code = normalizeCode(input);
    if (!code) return { ok: false, reason: 'unknownCode' };
    key = hashBallotCode(year, code);
  }
  const row = database
    .select({ status: ballotCodes.status })
    .from(ballotCodes)
    .where(and(eq(ballotCodes.codeHash, key), eq(ballotCodes.selectionId, selection.id)))
    .get();
  if (!row) return { ok: false, reason: 'unknownCode' };
  if (row.status !== 'unused') return { ok: false, reason: row.status === 'used' ? 'usedCode' : 'revokedCode' };
  return { ok: true, code };
}
