import type { APIRequestContext, Browser } from '@playwright/test';
import { signInAs } from './fixtures';

/** What the no-500 specs share: the offence list, a small request pool, signed-in contexts and a raw GET. */
export type Offence = { url: string; status: number; who: string };
export const show = (offences: Offence[]) => offences.map((o) => `${o.status} ${o.who} ${o.url}`).join('\n');

/** Runs `work` over `items` with at most `limit` requests in flight (the server is the bottleneck). */
export async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export async function contextFor(browser: Browser, username: string | null) {
  const context = await browser.newContext();
  if (username) await signInAs(context, username);
  return context;
}

/** A GET with no redirects followed, so a redirect to a 500 is seen as what it is: a redirect. */
export const get = (request: APIRequestContext, url: string) =>
  request.get(url, { maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });
