'use server';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { db } from '@/db';
import { originMatches } from '@/lib/action';
import type { ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { onlineGradesSchema } from './schemas';
import { forgetReviewCode, getReviewCode, saveReviewCode } from './session';
import { lookUpCode, submitOnline } from './write';

import { reviewCodeGuard as codeGuard } from './guard';

type Refusal = 'origin' | 'rateLimited' | 'unknownCode' | 'usedCode' | 'expired' | 'incomplete' | 'retry';

async function refuse(reason: Refusal): Promise<ActionResult> {
  const t = await getTranslations('reviewForm.refusals');
  return { ok: false, message: t(reason) };
}

/** Step 1: a code that can still be used opens the form. */
export async function enterReviewCode(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(await originMatches())) return refuse('origin');
  const ip = clientIp(await headers());
  if (await codeGuard.blocked(ip)) return refuse('rateLimited');
  const found = lookUpCode(db(), String(formData.get('code') ?? '').slice(0, 40));
  if (!found.ok) {
    await codeGuard.fail(ip);
    return refuse(found.reason);
  }
  await saveReviewCode(found.code);
  redirect({ href: '/review/form', locale: await getLocale() });
}

/** Step 2: the five grades; the code is burnt and the form stored together, once. */
export async function submitReviewForm(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(await originMatches())) return refuse('origin');
  const ip = clientIp(await headers());
  if (await codeGuard.blocked(ip)) return refuse('rateLimited');
  const code = await getReviewCode();
  if (!code) return refuse('expired');
  const parsed = onlineGradesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const t = await getTranslations('reviewForm');
    const missing = parsed.error.issues.map((i) => String(i.path[0]));
    return { ok: false, message: t('refusals.incomplete'), fieldErrors: Object.fromEntries(missing.map((d) => [d, [t('pickOne')]])) };
  }
  let result;
  try {
    result = submitOnline(db(), code, parsed.data, now());
  } catch (error) {
    log.error({ area: 'review', error: error instanceof Error ? error.message : error }, 'review form failed');
    return refuse('retry');
  }
  if (!result.ok) {
    await codeGuard.fail(ip);
    await forgetReviewCode();
    return refuse(result.reason);
  }
  await forgetReviewCode();
  redirect({ href: '/review/done', locale: await getLocale() });
}
