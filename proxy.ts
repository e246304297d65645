import createIntlMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { hashPolicy, noncePolicy } from '@/lib/csp';
import en from '@/lib/i18n/messages/en.json';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import { internalPath, localizedPath, splitLocale } from '@/lib/i18n/paths';
import { routing } from '@/lib/i18n/routing';
import { log } from '@/lib/log';
import { checkActionRequest, isActionRequest } from '@/lib/net/action-gate';
import { malformedPath } from '@/lib/malformed-path';
import { displayFromCookie, ELDER_COOKIE } from '@/lib/preferences/display';
import { displaySwitch } from '@/lib/preferences/switch';

const intl = createIntlMiddleware(routing);
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
/** The API answers data, never a page: no inline script to allow, so one policy for every answer. */
const API_POLICY = hashPolicy('');

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
  if (path === '/api' || path.startsWith('/api/')) {
    // The cast path passes here on every ballot: the request goes on untouched (no copied headers).
    const response = NextResponse.next();
    response.headers.set('x-request-id', requestId);
    response.headers.set('content-security-policy', API_POLICY);
    return response;
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  // Next reads the nonce from the request's policy and puts it on every script of a page it renders
  // now; for a page from the cache, the worker swaps in the page's script hashes (lib/csp.js).
  const csp = noncePolicy(Buffer.from(crypto.randomUUID()).toString('base64'));
  headers.set('content-security-policy', csp);
  const withId = (response: NextResponse) => {
    response.headers.set('x-request-id', requestId);
    response.headers.set('content-security-policy', csp);
    return response;
  };

  const switched = await displaySwitch(request);
  if (switched) return withId(switched);
  const routed = intl(request);
  if (routed.headers.has('location')) return withId(routed);
  const target = new URL(routed.headers.get('x-middleware-rewrite') ?? request.url);
  const { locale, path: page } = splitLocale(target.pathname);

  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));
  if ((page === '/staff' || page.startsWith('/staff/')) && !hasSession) {
    const url = new URL(localizedPath(locale, '/login'), request.url);
    url.searchParams.set('next', page + request.nextUrl.search);
    return withId(NextResponse.redirect(url));
  }
  // A slip's QR address carries the code, and a profile opened from a ballot links back to it: those
  // are rendered per request (they read the query or the ballot); the pages themselves are cached.
  const query = request.nextUrl.searchParams;
  const route =
    page === '/vote' && (query.has('code') || query.has('year'))
      ? '/vote/with-code'
      : /^\/selections\/[^/]+\/candidates\/[^/]+$/.test(page) && query.get('from') === 'ballot'
        ? `${page}/from-ballot`
        : page;
  target.pathname = internalPath(locale, displayFromCookie(request.cookies.get(ELDER_COOKIE)?.value), route);
  headers.set('x-next-intl-locale', locale);
  const response = NextResponse.rewrite(target, { request: { headers } });
  const alternates = routed.headers.get('link');
  if (alternates) response.headers.set('link', alternates);
  return withId(response);
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'] };
