import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { log } from '@/lib/log';
import type { CodeKind } from '@/lib/one-time-code';
import { runAction, type ActionDef, type ActionResult } from './core';
import { kioskOf, requestFacts } from './facts';

export type Say = (key: string) => string;

type RouteOptions<T> = {
  /** How the body is read. A body that cannot be read is refused (`invalidJson`/`invalidBody`) before the pipeline runs. */
  body: 'json' | 'form' | 'none';
  /**
   * 'same' (default): the Origin must be this site. 'same-or-none': native clients (kiosks,
   * mini-programs) send none, browsers always do on a cross-site POST. 'any': an open API that
   * carries no cookie or session, so a cross-site caller gains nothing a native client lacks.
   */
  origin?: 'same' | 'same-or-none' | 'any';
  /** The input from the route's params (they win over the body). */
  params?: (params: Record<string, string>) => Record<string, unknown>;
  /** Accept `Authorization: Bearer <kiosk key>`: the kiosk is the client, with a budget of its own. */
  kiosks?: boolean;
  /** The pipeline's answer as HTTP. Refusals carry catalog keys; `say` translates one. */
  respond: (result: ActionResult<T>, say: Say) => Response | Promise<Response>;
};

type RouteContext = { params?: Promise<Record<string, string | string[]>> };

/**
 * A writing route handler through the same pipeline as every server action. The input is the body
 * (a JSON object or a form's fields) with the route's params beside it (params win over the body).
 */
export function routeAction<S extends z.ZodType, T, K extends CodeKind = never>(def: ActionDef<S, T, K>, options: RouteOptions<T>) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    const answer = async (result: ActionResult<T>) => {
      // Translations are loaded only for a refusal: the cast path answers without them.
      const t = result.ok ? null : await getTranslations();
      const say: Say = (key) => (t ? (t.has(key) ? t(key) : t('errors.unexpected')) : key);
      return options.respond(result, say);
    };
    const refuse = (reason: string) => answer({ ok: false, message: `${def.messages ?? 'errors'}.${reason}` });
    const kiosk = options.kiosks ? kioskOf(request.headers) : null;
    if (kiosk === 'invalid') return refuse('kioskKey');
    const origin = options.origin ?? 'same';
    const facts = await requestFacts(def, { headers: request.headers, allowMissingOrigin: origin === 'same-or-none', kiosk });
    if (origin === 'any') facts.originOk = true;
    facts.request = request;
    // Origin first, as in the pipeline, so a foreign page learns nothing from how its body was read.
    if (!facts.originOk) return refuse('origin');
    const body = await readBody(request, options.body);
    if (body === null) return refuse(options.body === 'json' ? 'invalidJson' : 'invalidBody');
    const raw = (context?.params ? await context.params : {}) as Record<string, string>;
    const params = options.params ? options.params(raw) : {};
    try {
      return await answer(await runAction(def, facts, { ...body, ...params }));
    } catch (error) {
      log.error({ action: def.name, error: error instanceof Error ? error.message : error }, 'route failed');
      return answer({ ok: false, message: 'errors.unexpected' });
    }
  };
}

async function readBody(request: Request, kind: RouteOptions<unknown>['body']): Promise<Record<string, unknown> | null> {
  if (kind === 'none') return {};
  try {
    if (kind === 'json') {
      const body: unknown = await request.json();
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    const form = await request.formData();
    const out: Record<string, unknown> = {};
    for (const key of new Set(form.keys())) out[key] = key.endsWith('[]') ? form.getAll(key) : form.get(key);
    return out;
  } catch {
    return null;
  }
}

/** The last part of a catalog key: the machine-readable error code APIs answer with. */
export const errorCode = (key: string) => key.slice(key.lastIndexOf('.') + 1);
