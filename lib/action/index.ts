import 'server-only';
import { headers } from 'next/headers';
import { refresh, revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { auth } from '@/lib/auth';
import { getActor } from '@/lib/auth/queries';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { runAction, type ActionDef, type ActionResult } from './core';

export { ActionError, type ActionResult } from './core';

/** The signed-in, enabled staff member behind this request, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? getActor(id) : null;
}

/**
 * Browsers send Origin on every POST; Next refuses a mismatched one but lets a missing one through,
 * so writes insist on it here.
 */
export async function originMatches(given?: Headers, { allowMissing = false } = {}): Promise<boolean> {
  const h = given ?? (await headers());
  const origin = h.get('origin');
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!origin) return allowMissing;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Route handlers use the same check as actions: session, enabled account, role. Scope is per record. */
export async function requirePermission(permission: Permission): Promise<Actor | null> {
  const actor = await currentActor();
  return actor && can(actor.role, permission) ? actor : null;
}

export function formToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    out[key] = key.endsWith('[]') ? values : values[0];
  }
  return out;
}

type StaffActionOptions<T> = {
  revalidate?: string[];
  successMessage?: string;
  redirectTo?: (data: T) => string;
};

/**
 * The one wrapper every staff action goes through: origin → session → role → zod → handler (scope
 * and audit inside its transaction) → revalidate → translated result. Redirects happen after it.
 */
export function staffAction<S extends z.ZodType, T>(def: ActionDef<S, T>, options: StaffActionOptions<T> = {}) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const facts = { actor: await currentActor(), originOk: await originMatches() };
    const result = await runAction(def, facts, formToObject(formData));
    if (result.ok) {
      for (const path of options.revalidate ?? []) revalidatePath(path);
      // Staff pages render per request: the page the form is on shows the new state in the same
      // response (a decided nomination leaves the pending list at once, so it cannot be decided twice).
      refresh();
    }
    const translated = await translateResult(result, options.successMessage);
    if (!translated.ok) translated.values = typedValues(formData);
    if (result.ok && options.redirectTo) {
      const { redirect } = await import('@/lib/i18n/navigation');
      redirect({ href: options.redirectTo(result.data as T), locale: await getLocale() });
    }
    return translated;
  };
}

/** What the user typed, so a refused form keeps it; secrets are never echoed back. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password|secret|code/i.test(key)) values[key] = value;
  }
  return values;
}

export async function translateResult<T>(result: ActionResult<T>, successKey?: string): Promise<ActionResult<T>> {
  const t = await getTranslations();
  const say = (key: string) => (t.has(key) ? t(key) : t('errors.unexpected'));
  if (result.ok) return successKey ? { ...result, message: say(successKey) } : result;
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v.map((m) => say(`errors.${m}`))]))
    : undefined;
  return { ok: false, message: say(result.message), fieldErrors };
}
