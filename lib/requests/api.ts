import 'server-only';
import { getTranslations } from 'next-intl/server';
import { routeAction } from '@/lib/action';
import { errorCode, type Say } from '@/lib/action/route';
import { commands } from './public-commands';
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

const statusOf: Record<string, number> = {
  invalidJson: 400,
  invalid: 422,
  rateLimited: 429,
  notFound: 404,
  origin: 403,
  retry: 503,
};

function refuse(error: string, say: Say, fieldErrors?: Record<string, string[]>) {
  return Response.json(
    { error, message: say(`requests.api.${error}`), ...(fieldErrors && { fields: fieldErrors }) },
    { status: statusOf[error] ?? 400, headers: cors },
  );
}

export const preflight = () => new Response(null, { status: 204, headers: { ...cors, 'access-control-max-age': '86400' } });

/** POST /api/v1/requests: file a request; answers the tracking number and the confirmation key. */
export const postRequest = routeAction(commands.fileRequestOverApi, {
  body: 'json',
  origin: 'any',
  respond: (result, say) => {
    if (!result.ok)
      return refuse(errorCode(result.message) === 'unexpected' ? 'retry' : errorCode(result.message), say, result.fieldErrors);
    const { number, key } = result.data!;
    return Response.json({ number, key, status: 'received', statusUrl: `/api/v1/requests/${number}` }, { status: 201, headers: cors });
  },
});

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
  if (!found) {
    const t = await getTranslations();
    return refuse('notFound', (key) => t(key));
  }
  return Response.json(publicJson(found), { headers: cors });
}
