import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { publishedPageVersion } from '@/lib/selection/page-data';
import { cacheableYear, variantOf } from './eligible';
import { cachedPage } from './store';
import { env } from '@/lib/env';

/**
 * A page load of a published selection's permanent URL, answered from the page cache; null sends the
 * request on to the page as usual (not a plain page load, or not published yet: see eligible.ts and
 * publishedPageVersion).
 */
export async function fromPageCache(request: NextRequest): Promise<NextResponse | null> {
  // Under `next dev` a code change is not a new version: an edited page would look unchanged.
  if (env().NODE_ENV !== 'production') return null;
  const year = cacheableYear(request);
  if (year === null) return null;
  return cachedPage({
    path: request.nextUrl.pathname,
    variant: variantOf(request),
    version: () => publishedPageVersion(year),
  });
}
