import 'server-only';
import { getTranslations } from 'next-intl/server';
import { clientIp } from '@/lib/auth/rate-limit';
import { log } from '@/lib/log';
import { intakeRequest, type IntakeRefusal } from './intake';
import { communityChoices, getPublicRequest, publicJson } from './public';
import { listCategories } from './queries';

// Open to any origin, like the rest of /api/v1: the API carries no cookie or session, so a
// cross-site caller gains nothing a native client (a mini-program, a hotline system) does not have.
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'cache-control': 'no-store',
};

type ApiError = IntakeRefusal | 'invalidJson' | 'notFound' | 'retry';
const statusOf: Record<ApiError, number> = {
  invalidJson: 400,
  invalid: 422,
  rateLimited: 429,
  notFound: 404,
  retry: 503,
  wrongKey: 403,
  badMove: 409,
};

async function refuse(error: ApiError, fieldErrors?: Record<string, string[]>) {
  const t = await getTranslations('requests.api');
  return Response.json(
    { error, message: t(error), ...(fieldErrors && { fields: fieldErrors }) },
    { status: statusOf[error], headers: cors },
  );
}

export const preflight = () => new Response(null, { status: 204, headers: { ...cors, 'access-control-max-age': '86400' } });

/** POST /api/v1/requests: file a request; answers the tracking number and the confirmation key. */
export async function postRequest(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return refuse('invalidJson');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse('invalidJson');
  try {
    const result = await intakeRequest(body, 'api', clientIp(request.headers));
    if (!result.ok) return refuse(result.reason, result.fieldErrors);
    const { number, key } = result.data;
    return Response.json({ number, key, status: 'received', statusUrl: `/api/v1/requests/${number}` }, { status: 201, headers: cors });
  } catch (error) {
    log.error({ area: 'api requests', error: error instanceof Error ? error.message : error }, 'filing failed');
    return refuse('retry');
  }
}

/** GET /api/v1/requests: what a client needs to file one (categories and communities). */
export function getRequestOptions(): Response {
  const categories = listCategories().map((c) => ({
    code: c.code,
    zh: c.nameZh,
    en: c.nameEn,
    respondDays: c.respondDays,
    resolveDays: c.resolveDays,
  }));
  return Response.json({ categories, communities: communityChoices() }, { headers: cors });
}

/** GET /api/v1/requests/{number}: the public status and history, no personal data. */
export async function getRequestStatus(number: string): Promise<Response> {
  const found = getPublicRequest(number);
  if (!found) return refuse('notFound');
  return Response.json(publicJson(found), { headers: cors });
}
