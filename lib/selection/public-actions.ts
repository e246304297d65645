'use server';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { headers } from 'next/headers';
import { db, writeTx } from '@/db';
import { criteria, nominations, officials, selections } from '@/db/schema';
import { formToObject, originMatches, translateResult } from '@/lib/action';
import { fieldErrorsOf, type ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { failureLimiter } from '@/lib/rate-limit';
import { allowPost } from './guard';
import { endorseSchema, nominateSchema, proposeCriterionSchema } from './schemas';
import { revalidatePublic } from '@/lib/revalidate';

const endorsed = failureLimiter('endorse', 1, 24 * 60 * 60);

/** A refusal in the user's language that keeps what they typed. */
async function fail(message: string, values?: Record<string, string>, fieldErrors?: Record<string, string[]>): Promise<ActionResult> {
  const result = await translateResult({ ok: false, message, fieldErrors });
  return result.ok ? result : { ...result, values };
}

/** Same-site, and within the per-address posting limit; anonymous posts are held for moderation anyway. */
async function gate(): Promise<string | null> {
  if (!(await originMatches())) return 'errors.origin';
  return (await allowPost(clientIp(await headers()))) ? null : 'errors.rateLimited';
}

function stageOf(year: number) {
  return db().select().from(selections).where(eq(selections.year, year)).get();
}

/** A resident proposes a criterion; it waits for moderation before anyone sees it. */
export async function proposeCriterion(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const raw = formToObject(formData);
  const values = { text: String(raw.text ?? '') };
  const parsed = proposeCriterionSchema.safeParse(raw);
  if (!parsed.success) return fail('errors.invalid', values, fieldErrorsOf(parsed.error.issues));
  const refused = await gate();
  if (refused) return fail(refused, values);
  const selection = stageOf(parsed.data.year);
  if (!selection || !['draft', 'criteria'].includes(selection.stage)) return fail('errors.stageClosed', values);
  writeTx((tx) => tx.insert(criteria).values({ selectionId: selection.id, text: parsed.data.text }).run());
  return translateResult({ ok: true }, 'public.criterionReceived');
}

/** One endorsement per criterion per address per day. */
export async function endorseCriterion(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = endorseSchema.safeParse(formToObject(formData));
  if (!parsed.success) return fail('errors.invalid');
  if (!(await originMatches())) return fail('errors.origin');
  const key = `${clientIp(await headers())}:${parsed.data.id}`;
  if (await endorsed.blocked(key)) return fail('errors.alreadyEndorsed');
  const selection = stageOf(parsed.data.year);
  if (!selection || !['draft', 'criteria'].includes(selection.stage)) return fail('errors.stageClosed');
  const changed = writeTx((tx) =>
    tx
      .update(criteria)
      .set({ endorsements: sql`${criteria.endorsements} + 1` })
      .where(
        and(eq(criteria.id, parsed.data.id), eq(criteria.selectionId, selection.id), inArray(criteria.status, ['published', 'adopted'])),
      )
      .run(),
  ).changes;
  if (changed === 0) return fail('errors.notFound');
  revalidatePublic({ criteria: selection.year });
  await endorsed.fail(key);
  return translateResult({ ok: true }, 'public.endorsed');
}

/** A resident nominates an official (from the roster, or by name and unit) with a reason. */
export async function nominate(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const raw = formToObject(formData);
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v ?? '')]));
  const parsed = nominateSchema.safeParse(raw);
  if (!parsed.success) return fail('errors.invalid', values, fieldErrorsOf(parsed.error.issues));
  const refused = await gate();
  if (refused) return fail(refused, values);
  const selection = stageOf(parsed.data.year);
  if (!selection || !['criteria', 'nomination'].includes(selection.stage)) return fail('errors.stageClosed', values);
  const officialId = parsed.data.officialId || null;
  const official = officialId
    ? db()
        .select()
        .from(officials)
        .where(and(eq(officials.id, officialId), eq(officials.active, true)))
        .get()
    : undefined;
  if (officialId && !official) return fail('errors.invalid', values, { officialId: ['field.invalid'] });
  writeTx((tx) =>
    tx
      .insert(nominations)
      .values({
        selectionId: selection.id,
        officialId,
        nomineeName: official?.name ?? parsed.data.nomineeName,
        nomineeUnit: official ? '' : parsed.data.nomineeUnit,
        reason: parsed.data.reason,
      })
      .run(),
  );
  return translateResult({ ok: true }, 'public.nominationReceived');
}
