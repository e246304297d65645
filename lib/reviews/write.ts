import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { reviewFormCodes, reviewForms, reviewMeetings } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { generateCode, hashReviewCode, normalizeCode } from './codes';
import { districtDay, startOfDistrictDay } from '@/lib/district-time';
import type { FormGrades } from './grid';

export function insertForms(tx: Tx, meetingId: number, forms: FormGrades[], channel: 'paper' | 'online', enteredBy: number | null) {
  for (const form of forms)
    tx.insert(reviewForms)
      .values({ meetingId, channel, enteredBy, ...form })
      .run();
}

/** New one-time codes for a meeting; only their hashes are stored, so the plain codes exist once, here. */
export function insertCodes(tx: Tx, meetingId: number, count: number): string[] {
  const codes: string[] = [];
  while (codes.length < count) {
    const code = generateCode();
    const inserted = tx
      .insert(reviewFormCodes)
      .values({ codeHash: hashReviewCode(code), meetingId })
      .onConflictDoNothing()
      .run();
    if (inserted.changes === 1) codes.push(code);
  }
  return codes;
}

export type CodeRefusal = 'unknownCode' | 'usedCode';

/** Whether a typed code could still fill a form, and for which meeting, without using it. */
export function lookUpCode(
  database: Db | Tx,
  input: string,
): { ok: true; code: string; meetingId: number } | { ok: false; reason: CodeRefusal } {
  const code = normalizeCode(input);
  if (!code) return { ok: false, reason: 'unknownCode' };
  const row = database
    .select()
    .from(reviewFormCodes)
    .where(eq(reviewFormCodes.codeHash, hashReviewCode(code)))
    .get();
  if (!row) return { ok: false, reason: 'unknownCode' };
  if (row.usedAt) return { ok: false, reason: 'usedCode' };
  return { ok: true, code, meetingId: row.meetingId };
}

/**
 * Burns the code and stores the form in one IMMEDIATE transaction: the conditional update lets
 * exactly one of two simultaneous submissions through. The form keeps no trace of the code.
 */
export function submitOnline(
  database: Db,
  input: string,
  grades: FormGrades,
  at: Date,
): { ok: true; meetingId: number } | { ok: false; reason: CodeRefusal } {
  return database.transaction(
    (tx) => {
      const found = lookUpCode(tx, input);
      if (!found.ok) return found;
      const burnt = tx
        .update(reviewFormCodes)
        // The day only: an exact time would match the form's own timestamp and tie the two together.
        .set({ usedAt: startOfDistrictDay(districtDay(at)) })
        .where(and(eq(reviewFormCodes.codeHash, hashReviewCode(found.code)), isNull(reviewFormCodes.usedAt)))
        .run();
      if (burnt.changes !== 1) return { ok: false, reason: 'usedCode' } as const;
      const meeting = tx.select({ id: reviewMeetings.id }).from(reviewMeetings).where(eq(reviewMeetings.id, found.meetingId)).get();
      if (!meeting) return { ok: false, reason: 'unknownCode' } as const;
      insertForms(tx, meeting.id, [grades], 'online', null);
      return { ok: true, meetingId: meeting.id } as const;
    },
    { behavior: 'immediate' },
  );
}
