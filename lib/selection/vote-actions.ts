'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { originMatches } from '@/lib/action';
import type { ActionResult } from '@/lib/action/core';
import { clientIp } from '@/lib/auth/rate-limit';
import { now } from '@/lib/clock';
import { getBallot, finishBallot, saveBallot } from './ballot-session';
import { checkChoice, codeRefusals, type CastRefusal } from './cast';
import { castQueued } from './cast-queue';
import { checkCode } from './code-check';
import { codeGuard } from './guard';
import { getSelectionByYear, listCandidates } from './queries';
import { log } from '@/lib/log';

async function refuse(
  reason: CastRefusal | 'origin' | 'rateLimited' | 'expired' | 'retry',
  values?: Record<string, string>,
): Promise<ActionResult> {
  const t = await getTranslations('vote.refusals');
  return { ok: false, message: t(reason), values };
}

/** Step 1: a code that can vote now opens the ballot; wrong codes count against the address. */
export async function enterCode(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(await originMatches())) return refuse('origin');
  const ip = clientIp(await headers());
  if (await codeGuard.blocked(ip)) return refuse('rateLimited');
  const year = Number(formData.get('year'));
  const result = checkCode(db(), year, String(formData.get('code') ?? '').slice(0, 40), now());
  if (!result.ok) {
    if (codeRefusals.includes(result.reason)) await codeGuard.fail(ip);
    return refuse(result.reason);
  }
  await saveBallot({ year, code: result.code, choices: [] });
  redirect('/vote/ballot');
}

function chosenIds(formData: FormData): number[] {
  return formData
    .getAll('candidate')
    .slice(0, 60)
    .map((v) => Number(v));
}

/** Step 2: the choice is checked and kept in the voter's browser for review. */
export async function reviewChoices(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!(await originMatches())) return refuse('origin');
  const ballot = await getBallot();
  if (!ballot) return refuse('expired');
  const selection = getSelectionByYear(ballot.year);
  if (!selection) return refuse('noSelection');
  const ids = chosenIds(formData);
  const known = new Set(listCandidates(selection.id).map((c) => c.id));
  // "About this candidate" on the ballot: keep what is ticked so far, read the profile, come back to it.
  const profile = Number(formData.get('profile'));
  if (known.has(profile)) {
    const kept = [...new Set(ids.filter((id) => known.has(id)))].slice(0, selection.maxChoices);
    await saveBallot({ ...ballot, choices: kept });
    redirect(`/selections/${selection.year}/candidates/${profile}?from=ballot`);
  }
  const problem = checkChoice(ids, selection.maxChoices);
  const reason = problem ?? (ids.every((id) => known.has(id)) ? null : 'notCandidate');
  if (reason) return refuse(reason, { candidates: ids.filter((id) => known.has(id)).join(',') });
  await saveBallot({ ...ballot, choices: ids });
  redirect('/vote/review');
}

/** Step 3: cast. The receipt is shown only after the transaction has committed. */
export async function confirmBallot(_prev: ActionResult | null): Promise<ActionResult> {
  if (!(await originMatches())) return refuse('origin');
  const ballot = await getBallot();
  if (!ballot || ballot.choices.length === 0) return refuse('expired');
  let result;
  try {
    result = await castQueued(db(), { year: ballot.year, code: ballot.code, candidateIds: ballot.choices }, now());
  } catch (error) {
    // The transaction rolled back: the code is still unused, so the voter can simply try again.
    log.error({ area: 'vote', error: error instanceof Error ? error.message : error }, 'cast failed');
    return refuse('retry');
  }
  if (!result.ok) return refuse(result.reason);
  await finishBallot(ballot.year, result.trackingCode);
  redirect('/vote/receipt');
}
