import fs from 'node:fs';
import path from 'node:path';
import { assessmentCycles, surveys } from '../../db/schema';
import { currentYear, demoUsernames, e2eDb, expect, test } from './fixtures';
import { contextFor, get, pool, show, type Offence } from './no-500-shared';

/**
 * The house rule "no input makes a 500", part two: every dynamic route fed junk, static pages fed junk
 * query strings, the public POST APIs fed malformed bodies, and pages sent junk cookies.
 * Only the POST bodies write, and each is refused, so nothing here changes the demo data.
 */

/** The address template of a page or route file: route groups and the internal language and display segments dropped. */
function routeOf(file: string): string {
  return path
    .relative('app', path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && s !== '[locale]' && s !== '[display]')
    .join('/');
}

/** The address template of every page and route file in app/ ("selections/[year]/candidates/[id]"). */
function routes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'page.tsx' || entry.name === 'route.ts') found.push(routeOf(full));
    }
  };
  walk(path.resolve('app'));
  return found;
}

/** Every dynamic route in app/, as a URL template ("/selections/[year]/candidates/[id]"). */
const dynamicRoutes = () =>
  routes()
    .filter((r) => r.includes('[') && !r.includes('[...'))
    .map((r) => '/' + r);

const junk = ['abc', '-1', '0', '99999999999999999999', '1.5', '%E2%80%AE', '%00', '%ZZ', 'x'.repeat(500)];
const junkQueries = [
  '?page=-1&year=abc&unit=x&official=1e99&format=xml',
  // Repeated keys arrive as arrays; every key a page reads, with values no form would send.
  '?page=1&page=2&year=1&year=2&unit=1&unit=2&official=1&official=2&q=a&q=b&kind=a&kind=b&grade=a&by=a&site=a&saved=a&edit=1&edit=2&community=a&number=a&code=a&format=csv&format=xlsx',
  `?page=99999999999999999999&year=%E2%80%AE&unit=-1&official=0&q=${'x'.repeat(500)}&kind=%00&grade=1.5&by=-1&site=1.5&edit=abc&community=-1&number=%25&code=%E2%80%AE&format=csv`,
];

/** A real value for the first segment of nested routes, so the junk reaches the inner lookup. */
function realFirst(route: string): string | undefined {
  const db = e2eDb();
  if (route.startsWith('/selections/[year]/')) return String(currentYear());
  if (route.startsWith('/staff/assessment/[id]/')) return String(db.select().from(assessmentCycles).get()?.id ?? 1);
  if (route.startsWith('/staff/surveys/[id]/')) return String(db.select().from(surveys).get()?.id ?? 1);
  return undefined;
}

function junkUrls(): string[] {
  const urls = new Set<string>();
  for (const route of dynamicRoutes()) {
    for (const value of junk) {
      urls.add(route.replace(/\[[^\]]+\]/g, value));
      const first = realFirst(route);
      if (first) urls.add(route.replace(/\[[^\]]+\]/, first).replace(/\[[^\]]+\]/g, value));
    }
    const valid = route.replace(/\[[^\]]+\]/, realFirst(route) ?? '1').replace(/\[[^\]]+\]/g, '1');
    for (const query of junkQueries) urls.add(valid + query);
  }
  return [...urls];
}

/** Static pages with junk query strings: the pages that read searchParams are mostly these. */
const staticUrls = () =>
  routes()
    .filter((r) => !r.includes('[') && !r.startsWith('api/auth'))
    .flatMap((r) => junkQueries.map((q) => `/${r}${q}`));

test.describe('junk in paths and query strings never answers a 500', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const [who, username] of [
    ['anonymous', null],
    ['organizer', demoUsernames.organizer],
    // The admin reaches the pages no other role does (audit, accounts, units).
    ['admin', demoUsernames.admin],
  ] as const) {
    test(`junk routes as ${who}`, async ({ browser }) => {
      // Hundreds of requests in a row: on a loaded 2-core machine this takes minutes, and is not a timing check.
      test.setTimeout(360_000);
      const context = await contextFor(browser, username);
      const all = [...junkUrls(), ...staticUrls()];
      // The open-data API ignores sessions, so only the anonymous run sends it junk; and the admin
      // differs from the organizer only on staff pages. This keeps the spec near a minute and a half.
      const urls =
        who === 'anonymous'
          ? all
          : who === 'admin'
            ? all.filter((u) => /^\/(api\/)?staff(\/|\?|$)/.test(u))
            : all.filter((u) => !u.startsWith('/api/v1/'));
      const offences: Offence[] = [];
      await pool(urls, 4, async (url) => {
        const response = await get(context.request, url);
        if (response.status() >= 500) offences.push({ url, status: response.status(), who });
      });
      await context.close();
      await test.info().attach(`requested as ${who}`, { body: urls.join('\n'), contentType: 'text/plain' });
      expect(urls.length).toBeGreaterThan(100);
      expect(offences, show(offences)).toEqual([]);
    });
  }
});

const huge = 'x'.repeat(2_000_000);
const bodies: [string, { data?: string; headers: Record<string, string> }][] = [
  ['empty body', { headers: { 'content-type': 'application/json' } }],
  ['invalid JSON', { data: '{"code": ', headers: { 'content-type': 'application/json' } }],
  ['JSON array', { data: '[1, 2, 3]', headers: { 'content-type': 'application/json' } }],
  ['JSON null', { data: 'null', headers: { 'content-type': 'application/json' } }],
  ['JSON number', { data: '12', headers: { 'content-type': 'application/json' } }],
  ['huge string', { data: JSON.stringify(huge), headers: { 'content-type': 'application/json' } }],
  [
    'huge field',
    {
      data: JSON.stringify({ code: huge, selection: huge, candidates: [huge], title: huge, body: huge }),
      headers: { 'content-type': 'application/json' },
    },
  ],
  [
    'wrong types',
    {
      data: JSON.stringify({ code: 1, selection: 'abc', candidates: 'x', title: [], body: {}, community: -1, category: null }),
      headers: { 'content-type': 'application/json' },
    },
  ],
  ['form content-type', { data: 'code=abc&selection=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
  ['text content-type', { data: '{}', headers: { 'content-type': 'text/plain' } }],
  ['binary', { data: '\u0000\uffff\ud800', headers: { 'content-type': 'application/octet-stream' } }],
];

test('malformed bodies to the public POST APIs answer 4xx with a message', async ({ request }) => {
  const offences: string[] = [];
  for (const endpoint of ['/api/v1/ballots', '/api/v1/requests']) {
    for (const [name, options] of bodies) {
      const response = await request.post(endpoint, { ...options, failOnStatusCode: false });
      const status = response.status();
      let message: unknown;
      try {
        message = (await response.json()).message;
      } catch {
        message = undefined;
      }
      if (status < 400 || status >= 500 || typeof message !== 'string' || message === '') {
        offences.push(`${endpoint} ${name}: ${status} ${JSON.stringify(message)}`);
      }
    }
  }
  expect(offences, offences.join('\n')).toEqual([]);
});

// Cookies are input too: a forged session, an unknown language, and ballot/review state that is not
// JSON, has the wrong shape, or names a year and candidates that do not exist.
const junkCookies = [
  `authjs.session-token=garbage; locale=xx; elder=%ZZ; mp_ballot=%7B; mp_receipt=[]; mp_review=${'x'.repeat(500)}`,
  'mp_ballot={"year":2026,"code":"ZZZ","choices":[999999]}; mp_receipt={"year":-1,"trackingCode":"%E2%80%AE"}; mp_review=%00',
  'mp_ballot={"year":1e99,"code":"a","choices":[1.5]}; mp_receipt={"year":99999999999999999999,"trackingCode":""}; locale=en',
];
const cookiePages = [
  '/',
  '/vote',
  '/vote/ballot',
  '/vote/review',
  '/vote/receipt',
  '/review',
  '/review/form',
  '/review/done',
  '/survey',
  '/selections',
  '/staff',
  '/login',
];

test('junk cookies never answer a 500', async ({ request }) => {
  const offences: Offence[] = [];
  for (const cookie of junkCookies) {
    for (const url of cookiePages) {
      const response = await request.get(url, {
        headers: { cookie, 'accept-language': ';;q=abc,zz' },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      if (response.status() >= 500) offences.push({ url, status: response.status(), who: cookie.slice(0, 60) });
    }
  }
  expect(offences, show(offences)).toEqual([]);
});
