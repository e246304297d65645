import { NextResponse, type NextRequest } from 'next/server';
import { log } from '@/lib/log';
import { checkActionRequest, isActionRequest } from '@/lib/net/action-gate';
import { malformedPath } from '@/lib/malformed-path';
import { fromPageCache } from '@/lib/page-cache';
import { SESSION_COOKIES } from '@/lib/page-cache/eligible';

/**
 * Gives every request an id (echoed as X-Request-Id, logged with the method and path, never the
 * query); refuses malformed server-action POSTs with a 4xx (lib/net/action-gate.ts); answers page loads of published results from the page cache (lib/page-cache); and, for
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
      return new NextResponse(
        `${refused.status === 403 ? 'Forbidden' : refused.status === 415 ? 'Unsupported Media Type' : 'Bad Request'}: server action ${refused.reason}`,
        {
          status: refused.status,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'x-request-id': requestId },
        },
      );
    }
  }
  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));
  if (path.startsWith('/staff') && !hasSession) {
    const url = new URL('/login', request.url);
    url.searchParams.set('next', path + request.nextUrl.search);
    const redirect = NextResponse.redirect(url);
    redirect.headers.set('x-request-id', requestId);
    return redirect;
  }
  const cached = await fromPageCache(request);
  if (cached) {
    cached.headers.set('x-request-id', requestId);
    return cached;
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
