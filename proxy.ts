import { NextResponse, type NextRequest } from 'next/server';
import { log } from '@/lib/log';

/**
 * Gives every request an id (echoed as X-Request-Id, logged with the method and path, never the
 * query) and, for convenience only, sends signed-out visitors of /staff to the sign-in page. It is
 * never the security check: every staff page, action and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  log.info({ requestId, method: request.method, path: request.nextUrl.pathname }, 'request');
  const path = request.nextUrl.pathname;
  const hasSession = request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (path.startsWith('/staff') && !hasSession) {
    const url = new URL('/login', request.url);
    url.searchParams.set('next', path + request.nextUrl.search);
    const redirect = NextResponse.redirect(url);
    redirect.headers.set('x-request-id', requestId);
    return redirect;
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
