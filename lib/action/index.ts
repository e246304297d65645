import 'server-only';
import { refresh, revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { CodeKind } from '@/lib/one-time-code';
import { runAction, type ActionDef, type ActionResult, type PublicDef, type StaffDef } from './core';
import { requestFacts } from './facts';

export { ActionError, type ActionResult } from './core';
export { routeAction } from './route';
export { clientOf, currentActor, kioskOf, originMatches, requestFacts, requirePermission } from './facts';

export function formToObject(formData: FormData, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    out[key] = key.endsWith('[]') || arrays.includes(key) ? values : values[0];
  }
  return out;
}

type ActionOptions<T> = {
  /** Fields sent more than once (checkboxes) that arrive as a list; names ending in [] always do. */
  arrays?: string[];
  revalidate?: string[] | ((data: T) => string[]);
  successMessage?: string;
  redirectTo?: (data: T) => string;
};

async function serve<S extends z.ZodType, T, K extends CodeKind>(
  def: ActionDef<S, T, K>,
  options: ActionOptions<T> & { refreshPage?: boolean },
  formData: FormData,
): Promise<ActionResult<T>> {
  const result = await runAction(def, await requestFacts(def), formToObject(formData, options.arrays));
  if (result.ok) {
    const paths = typeof options.revalidate === 'function' ? options.revalidate(result.data as T) : (options.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    // Staff pages render per request: the page the form is on shows the new state in the same
    // response (a decided nomination leaves the pending list at once, so it cannot be decided twice).
    if (options.refreshPage) refresh();
  }
  const translated = await translateResult(result, options.successMessage);
  if (!translated.ok) translated.values = result.ok ? undefined : (result.values ?? typedValues(formData));
  if (result.ok && options.redirectTo) {
    const { redirect } = await import('@/lib/i18n/navigation');
    redirect({ href: options.redirectTo(result.data as T), locale: await getLocale() });
  }
  return translated;
}

/**
 * The one wrapper every staff action goes through: origin → session → role → zod → scope → handler
 * (audit inside its transaction) → revalidate → translated result. Redirects happen after it.
 */
export function staffAction<S extends z.ZodType, T, K extends CodeKind = never>(def: StaffDef<S, T, K>, options: ActionOptions<T> = {}) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> =>
    serve(def, { ...options, refreshPage: true }, formData);
}

/** The same chain for residents' actions (role "public"): origin → limits → one-time-code step → zod → handler. */
export function publicAction<S extends z.ZodType, T, K extends CodeKind = never>(def: PublicDef<S, T, K>, options: ActionOptions<T> = {}) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => serve(def, options, formData);
}

/** A plain `<form action>` (no useActionState): same pipeline; a refusal leaves the page as it is. */
export function formAction<S extends z.ZodType, T, K extends CodeKind = never>(
  def: ActionDef<S, T, K>,
  options: { redirectTo: (result: ActionResult<T>) => string | Promise<string> },
) {
  return async (formData: FormData): Promise<void> => {
    const result = await runAction(def, await requestFacts(def), formToObject(formData));
    const { redirect } = await import('@/lib/i18n/navigation');
    redirect({ href: await options.redirectTo(result), locale: await getLocale() });
  };
}

/** What the user typed, so a refused form keeps it; secrets are never echoed back. */
function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION') && !/password|secret|code|^key$/i.test(key)) values[key] = value;
  }
  return values;
}

/** Catalog keys to the user's language. Field errors name `field.*` keys under `errors`, or a full key. */
export async function translateResult<T>(result: ActionResult<T>, successKey?: string): Promise<ActionResult<T>> {
  const t = await getTranslations();
  const say = (key: string) => (t.has(key) ? t(key) : t('errors.unexpected'));
  if (result.ok) return successKey ? { ...result, message: say(successKey) } : result;
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(
        Object.entries(result.fieldErrors).map(([k, v]) => [k, v.map((m) => say(m.startsWith('field.') ? `errors.${m}` : m))]),
      )
    : undefined;
  return { ok: false, message: say(result.message), fieldErrors };
}
