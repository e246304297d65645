'use server';
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { formToObject, originMatches, translateResult } from '@/lib/action';
import type { ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { redirect } from '@/lib/i18n/navigation';
import { intakeRequest, residentAnswer, type IntakeRefusal } from './intake';

async function refuse(message: string, raw: Record<string, unknown>, fieldErrors?: Record<string, string[]>): Promise<ActionResult<never>> {
  const translated = await translateResult({ ok: false, message, fieldErrors });
  return translated.ok ? { ok: false, message } : { ...translated, values: typedValues(raw) };
}

const messageOf: Record<IntakeRefusal, string> = {
  invalid: 'errors.invalid',
  rateLimited: 'errors.rateLimited',
  wrongKey: 'requests.errors.wrongKey',
  badMove: 'requests.errors.badMove',
};

/** Keeps what the resident typed on a refusal; the confirmation key is never echoed back. */
function typedValues(raw: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k]) => k !== 'key')
      .map(([k, v]) => [k, String(v ?? '')]),
  );
}

/** A resident files a request; the number and the key are shown once, on the answer. */
export async function fileRequestAction(
  _prev: ActionResult | null,
  formData: FormData,
): Promise<ActionResult<{ number: string; key: string }>> {
  const raw = formToObject(formData);
  if (!(await originMatches())) return refuse('errors.origin', raw);
  const result = await intakeRequest(raw, 'online', clientIp(await headers()));
  if (!result.ok) return refuse(messageOf[result.reason], raw, result.fieldErrors);
  return { ok: true, data: result.data };
}

/** The resident's confirmation (with a score) or reopening, on the public status page. */
export async function residentAnswerAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const raw = formToObject(formData);
  if (!(await originMatches())) return refuse('errors.origin', raw);
  const result = await residentAnswer(raw, clientIp(await headers()));
  if (!result.ok) return refuse(messageOf[result.reason], raw, result.fieldErrors);
  const number = String(raw.number);
  revalidatePath(`/requests/${number}`);
  // The answer form leaves the page once answered, so the thanks travel with the redirect.
  redirect({ href: { pathname: `/requests/${number}`, query: { done: result.data.status } }, locale: await getLocale() });
}
