import { NextResponse, type NextRequest } from 'next/server';

/**
 * Convenience only: sends signed-out visitors of /staff to the sign-in page. It is never the
 * security check; every staff page, action and route handler checks the session itself.
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has('authjs.session-token') || request.cookies.has('__Secure-authjs.session-token');
  if (!hasSession) {
    const url = new URL('/login', request.url);
    url.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ['/staff/:path*'] };
