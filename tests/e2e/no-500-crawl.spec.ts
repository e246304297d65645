import { BASE, demoUsernames, expect, test } from './fixtures';
import { contextFor, get, pool, show, type Offence } from './no-500-shared';

/**
 * The house rule "no input makes a 500", part one: every page a visitor or a staff role can reach by
 * following links. Only GET requests are crawled, so nothing here changes the demo data.
 * tests/e2e/no-500-junk.spec.ts feeds the routes, APIs and cookies junk.
 */

// Links that end a session or belong to Auth.js are not pages to crawl.
const skip = (pathname: string) => /sign-?out|logout|^\/api\/auth\//i.test(pathname);

/** Same-origin links in a page: hrefs only (no forms, so nothing is submitted). */
function linksIn(html: string, from: string): string[] {
  const found: string[] = [];
  for (const [, raw] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) {
    const href = (raw ?? '').replaceAll('&amp;', '&');
    if (!href || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) continue;
    const url = new URL(href, from);
    if (url.origin !== BASE) continue;
    url.hash = '';
    if (!skip(url.pathname)) found.push(url.pathname + url.search);
  }
  return found;
}

/**
 * Ids, years and request numbers (2026-000123) vary; a route shape is crawled a few times, not once
 * per row of the seed (the requests other tests file had taken the organizer's whole budget).
 */
const shape = (url: string) => {
  const u = new URL(url, BASE);
  return u.pathname.replace(/\/\d[\d-]*(?=\/|$)/g, '/N') + '?' + [...u.searchParams.keys()].sort().join('&');
};

const PER_ROLE = 150;
const PER_SHAPE = 3;

const visitors: [string, string | null, string][] = [
  ['anonymous', null, '/'],
  ...Object.entries(demoUsernames).map(([role, username]): [string, string, string] => [role, username, '/staff']),
];

test.describe('no page reachable by links answers a 500', () => {
  // Read-only, so the visitors can crawl side by side.
  test.describe.configure({ mode: 'parallel' });
  for (const [who, username, start] of visitors) {
    test(`crawl as ${who}`, async ({ browser }) => {
      const context = await contextFor(browser, username);
      const seen = new Set<string>([start]);
      const shapes = new Map<string, number>();
      const visited: string[] = [];
      const offences: Offence[] = [];
      let frontier = [start];
      while (frontier.length > 0 && visited.length < PER_ROLE) {
        const level = frontier.slice(0, PER_ROLE - visited.length);
        const nextLevel: string[] = [];
        await pool(level, 4, async (url) => {
          const response = await get(context.request, url);
          visited.push(url);
          if (response.status() >= 500) offences.push({ url, status: response.status(), who });
          const location = response.headers()['location'];
          if (location) nextLevel.push(...linksIn(`<a href="${location}">`, BASE + url));
          if (!(response.headers()['content-type'] ?? '').includes('text/html')) return;
          nextLevel.push(...linksIn(await response.text(), BASE + url));
        });
        frontier = [];
        for (const url of nextLevel) {
          if (seen.has(url)) continue;
          seen.add(url);
          const count = shapes.get(shape(url)) ?? 0;
          if (count >= PER_SHAPE) continue;
          shapes.set(shape(url), count + 1);
          frontier.push(url);
        }
      }
      await context.close();
      await test.info().attach(`visited as ${who}`, { body: visited.join('\n'), contentType: 'text/plain' });
      // Staff roles must get past the dashboard, or the crawl proved nothing.
      expect(visited.length, visited.join('\n')).toBeGreaterThan(5);
      expect(offences, show(offences)).toEqual([]);
    });
  }
});
