import 'server-only';
import { NextResponse } from 'next/server';
import { readEnv } from '@/lib/env';
import { ELDER_COOKIE } from '@/lib/preferences/display';
import { log } from '@/lib/log';
import { PAGE_CACHE_HEADER, type Variant } from './eligible';

/**
 * A full-page cache, per language and elders'-mode variant, for pages that change only when
 * something is republished. It works like a caching reverse proxy in front of Next, inside proxy.ts:
 * a miss asks this same server for the page over loopback, as an anonymous visitor with only the two
 * preference cookies, and keeps the HTML under the version it was rendered for. The caller gives the
 * version of the page's data, checked on every request, so a change is never served stale, and
 * nothing is kept or served while it is null (for results pages: before publication).
 *
 * Why not Next's own ISR: every page is dynamic because the one root layout reads the preference
 * cookies, so a static variant route needs a second root layout (and the experimental global
 * not-found), and ISR responses let shared caches keep a page for a year without varying on the
 * cookies. Why in the proxy and not in a route handler it rewrites to: measured here, a rewrite and a
 * route handler ran at about 0.4–0.7 of the prerendered page's rate, answering from the proxy at
 * about 1.0. This relies on proxy.ts running in the same process as the pages, as under `next start`;
 * if the loopback request fails, requests simply go on to the page.
 */
type Page = { version: string; body: ArrayBuffer; headers: [string, string][] };

const pages = new Map<string, Page>();
const fills = new Map<string, Promise<Page | null>>();
const LIMIT = 200;
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary'];

async function render(path: string, variant: Variant): Promise<Response> {
  // `next start` and `next dev` set PORT to the port they listen on. Never the request's Host: a
  // visitor could point that elsewhere and have their page kept for everyone.
  return fetch(new URL(path, `http://127.0.0.1:${readEnv().PORT}`), {
    cache: 'no-store',
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
    headers: {
      cookie: `${ELDER_COOKIE}=${variant.elder ? '1' : '0'}`,
      [PAGE_CACHE_HEADER]: 'fill',
      'accept-encoding': 'identity',
    },
  });
}

async function fill(key: string, path: string, variant: Variant, current: string, version: () => string | null) {
  try {
    const response = await render(path, variant);
    const body = await response.arrayBuffer();
    const html = response.headers.get('content-type')?.startsWith('text/html');
    // Kept only if nothing changed while it rendered: then it shows exactly this version. Only a
    // 200 is kept; a page with a Suspense boundary could fail after streaming began and still be one.
    if (response.status !== 200 || !html || version() !== current) {
      log.warn({ path, status: response.status }, 'page cache: rendered page not kept');
      return null;
    }
    const headers = KEPT_HEADERS.flatMap((name): [string, string][] => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    const page = { version: current, body, headers };
    if (!pages.has(key) && pages.size >= LIMIT) pages.delete(pages.keys().next().value!);
    pages.set(key, page);
    log.info({ path, ...variant, version: current }, 'page cache: kept');
    return page;
  } catch (error) {
    log.error({ path, err: error }, 'page cache: fill failed');
    return null;
  }
}

type Options = { path: string; variant: Variant; version: () => string | null };

/**
 * The page at `path` for this variant from the cache (filled first on a miss), or null when the
 * request should go to the page as usual: `version()` is null, or the fill did not give a keepable
 * page.
 */
export async function cachedPage({ path, variant, version }: Options): Promise<NextResponse | null> {
  const current = version();
  if (current === null) return null;
  const key = `${path}|${variant.locale}|${variant.elder ? 'elder' : 'plain'}`;
  const held = pages.get(key);
  if (held?.version === current) return respond(held, 'hit');

  // One fill per key and version, however many visitors arrive while it renders.
  const fillKey = `${key}|${current}`;
  let pending = fills.get(fillKey);
  if (!pending) {
    pending = fill(key, path, variant, current, version).finally(() => fills.delete(fillKey));
    fills.set(fillKey, pending);
  }
  const page = await pending;
  return page && respond(page, 'miss');
}

// Next compresses it on the way out when the client accepts gzip, as it does any page (it drops a
// Content-Encoding set here, so the kept page cannot be kept compressed).
function respond(page: Page, state: 'hit' | 'miss') {
  return new NextResponse(page.body, { headers: [...page.headers, [PAGE_CACHE_HEADER, state]] });
}
