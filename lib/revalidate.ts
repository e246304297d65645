import { isNull } from 'drizzle-orm';
import { db as defaultDb, type Db } from '@/db';
import { requests, selections } from '@/db/schema';
import { databasePath } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';
import { internalPath } from '@/lib/i18n/paths';
import { log } from '@/lib/log';
import { displays } from '@/lib/preferences/display';
import { districtNow, EVERY_PAGE, expire, expireAll, prune, storeFileFor } from './cache/store';

/**
 * Which cached public pages a change to the data makes stale. The command layer calls
 * revalidatePublic after its transaction commits; the page cache (lib/cache) then renders those pages
 * again on their next request, in every worker. Coarse on purpose where writes are rare (a staff
 * decision re-renders a handful of pages); exact where they are frequent (one request's status page).
 */
export type PublicChange =
  /** a selection's stage, window, criteria, candidates, count, publication or commendation */
  | { selection: number }
  /** endorsements on a selection's criteria page */
  | { criteria: number }
  /** one request's public status page */
  | { request: string }
  /** one survey's public sampling page */
  | { sampling: number }
  | 'honours'
  | 'officials'
  | 'ratings'
  | 'assessment'
  /** unit names and households appear on nearly every page */
  | 'units';

const PUBLIC = '/[locale]/[display]/(public)';
const tag = (name: string) => `_N_T_${name}`;
/** Every page at and under a public path (Next's layout tag of that segment). */
const under = (path: string) => tag(`${PUBLIC}${path}/layout`);
/** One page, in every language and display. */
const page = (path: string) => locales.flatMap((l) => displays.map((d) => tag(internalPath(l, d, path))));
const HOME = tag(`${PUBLIC}/page`);

export function tagsFor(change: PublicChange): string[] {
  if (change === 'units') return [EVERY_PAGE];
  if (change === 'honours') return [under('/hall-of-fame'), under('/officials'), under('/selections')];
  if (change === 'officials') return [under('/officials'), under('/hall-of-fame'), under('/selections'), under('/assessment')];
  if (change === 'ratings') return [under('/communities')];
  if (change === 'assessment') return [under('/assessment')];
  if ('selection' in change) return [HOME, under('/vote'), under('/selections'), under('/hall-of-fame'), under('/officials')];
  if ('criteria' in change) return page(`/selections/${change.criteria}/criteria`);
  if ('request' in change) return page(`/requests/${change.request}`);
  return page(`/survey/sampling/${change.sampling}`);
}

type Options = {
  /** the database written to (its page store lies beside it); the app's own by default */
  database?: Db;
  /** times at which the pages change again without a write: a vote opening, a deadline passing */
  when?: (Date | null | undefined)[];
};

function storeOf(database?: Db): string {
  return storeFileFor(database ? database.$client.name : databasePath());
}

/** Marks the pages a committed change affects as stale, now and at each of `when` still to come. */
export function revalidatePublic(change: PublicChange, { database, when = [] }: Options = {}) {
  const store = storeOf(database);
  const tags = tagsFor(change);
  const now = districtNow();
  expire(store, tags, now);
  for (const at of when) if (at && at.getTime() > now) expire(store, tags, at.getTime());
}

/**
 * For a write inside a transaction: marks the pages stale once the transaction has committed (the
 * current synchronous transaction ends before the next tick), so no render can read the old data
 * after its pages were marked. A rolled-back write only costs one extra render.
 */
export function revalidateAfterCommit(change: PublicChange, options: Options = {}) {
  process.nextTick(() => {
    try {
      revalidatePublic(change, options);
    } catch (error) {
      log.error({ err: error }, 'revalidation failed');
    }
  });
}

/**
 * At every start, before serving: whatever was cached belongs to an earlier run (the database may
 * have been restored or imported into since), and the moments the pages change by the clock alone
 * are scheduled: each vote opening and closing, each open request's deadlines.
 */
export function revalidateOnStart(database: Db = defaultDb()) {
  const store = storeOf(database);
  const now = districtNow();
  prune(store, now);
  expireAll(store, now);
  for (const s of database.select().from(selections).all())
    revalidatePublic({ selection: s.year }, { database, when: [s.votingOpensAt, s.votingClosesAt] });
  const open = database
    .select({ number: requests.number, respondBy: requests.respondBy, resolveBy: requests.resolveBy })
    .from(requests)
    .where(isNull(requests.resolvedAt))
    .all();
  for (const r of open) revalidatePublic({ request: r.number }, { database, when: [r.respondBy, r.resolveBy] });
}
