import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import { internalPath, localizedPath, splitLocale } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { log } from '@/lib/log';
import { checkActionRequest, isActionRequest } from '@/lib/net/action-gate';
import { malformedPath } from '@/lib/malformed-path';
import { fromPageCache } from '@/lib/page-cache';
import { SESSION_COOKIES } from '@/lib/page-cache/eligible';
import { displayFromCookie, ELDER_COOKIE } from '@/lib/preferences/display';
import { displaySwitch } from '@/lib/preferences/switch';

const intl = createIntlMiddleware(routing);

/**
 * Gives every request an id (echoed as X-Request-Id, logged with the method and path, never the
 * query); refuses malformed server-action POSTs with a 4xx (lib/net/action-gate.ts); resolves the language from the address (next-intl) and the display variant from the
 * elders'-mode cookie, and rewrites to the page's internal route /<locale>/<display>/…; and, for
 * convenience only, sends signed-out visitors of /staff to the sign-in page. It is never the
 * security check: every staff page, action and route handler checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  log.info({ requestId, method: request.method, path: request.nextUrl.pathname }, 'request');
  const path = request.nextUrl.pathname;
  if (malformedPath(path)) {
    return new NextResponse('Bad Request: the address has a malformed %-escape', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': requestId },
    });
  }
  if (isActionRequest(request)) {
    // Answered here, before Next's own check turns a foreign Origin or a broken body into a 500.
    const refused = await checkActionRequest(request.clone());
    if (refused) {
      log.warn({ requestId, path, reason: refused.reason, status: refused.status }, 'server action refused');
      // Too large is a person's mistake (a big photo), so it is said in their language.
      const tooLarge = { en: en.errors.tooLarge, 'zh-CN': zhCN.errors.tooLarge }[splitLocale(path).locale];
      return new NextResponse(
        refused.status === 413
          ? tooLarge
          : `${refused.status === 403 ? 'Forbidden' : refused.status === 415 ? 'Unsupported Media Type' : 'Bad Request'}: server action ${refused.reason}`,
        {
          status: refused.status,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': requestId },
        },
      );
    }
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  if (path === '/api' || path.startsWith('/api/')) return withId(NextResponse.next({ request: { headers } }), requestId);

  const switched = await displaySwitch(request);
  if (switched) return withId(switched, requestId);
  const routed = intl(request);
  if (routed.headers.has('location')) return withId(routed, requestId);
  const target = new URL(routed.headers.get('x-middleware-rewrite') ?? request.url);
  const { locale, path: page } = splitLocale(target.pathname);

  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));
  if ((page === '/staff' || page.startsWith('/staff/')) && !hasSession) {
    const url = new URL(localizedPath(locale, '/login'), request.url);
    url.searchParams.set('next', page + request.nextUrl.search);
    return withId(NextResponse.redirect(url), requestId);
  }
  const cached = await fromPageCache(request);
  if (cached) return withId(cached, requestId);

  target.pathname = internalPath(locale, displayFromCookie(request.cookies.get(ELDER_COOKIE)?.value), page);
  headers.set('x-next-intl-locale', locale);
  const response = NextResponse.rewrite(target, { request: { headers } });
  const alternates = routed.headers.get('link');
  if (alternates) response.headers.set('link', alternates);
  return withId(response, requestId);
}

function withId(response: NextResponse, requestId: string) {
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'] };
