import { NextResponse, type NextRequest } from 'next/server';
import { DISPLAY_FIELD, ELDER_COOKIE } from './display';

const YEAR = 60 * 60 * 24 * 365;

/**
 * The elders'-mode switch: a plain form posted to the page's own address (so it works without
 * JavaScript and needs no knowledge of the page, which may be a cached one). The proxy answers it
 * before any page: it remembers the choice in a cookie and sends the reader back to the same address
 * with a GET, where the proxy picks the variant. Only a same-origin post changes the cookie.
 * Server-action posts (a `Next-Action` header, or a multipart body) are never touched.
 */
export async function displaySwitch(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST' || request.headers.has('next-action')) return null;
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')) return null;
  let value: FormDataEntryValue | null;
  try {
    value = (await request.formData()).get(DISPLAY_FIELD);
  } catch {
    return null;
  }
  if (value !== 'elder' && value !== 'standard') return null;
  const response = NextResponse.redirect(request.nextUrl, 303);
  response.headers.set('cache-control', 'no-store');
  if (sameOrigin(request.headers))
    response.cookies.set(ELDER_COOKIE, value === 'elder' ? '1' : '0', { maxAge: YEAR, path: '/', sameSite: 'lax', httpOnly: true });
  return response;
}

function sameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return origin !== null && host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
