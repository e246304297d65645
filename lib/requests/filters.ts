import { requestStatuses, type RequestStatus } from '@/db/schema';

/** The metrics' own subsets of a group's requests, so each figure links to the rows it counts. */
export const outcomes = ['handled', 'onTime', 'rated', 'reopened'] as const;
export type Outcome = (typeof outcomes)[number];

export type RequestFilter = {
  status?: RequestStatus;
  category?: number;
  community?: number;
  /** Assigned official, as the assessment dashboards link to it. */
  official?: number;
  /** Assigned unit. */
  unit?: number;
  /** District year the request was filed in. */
  year?: number;
  outcome?: Outcome;
  overdue?: boolean;
  page?: number;
};

type Search = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
const positive = (v: string | string[] | undefined) => {
  const n = Number(one(v));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** The list's filters from the URL: anything malformed is dropped, never an error page. */
export function parseFilter(sp: Search): RequestFilter {
  const status = one(sp.status);
  const outcome = one(sp.outcome);
  const year = positive(sp.year);
  return {
    status: requestStatuses.includes(status as RequestStatus) ? (status as RequestStatus) : undefined,
    category: positive(sp.category),
    community: positive(sp.community),
    official: positive(sp.official),
    unit: positive(sp.unit),
    year: year && year >= 2000 && year <= 2100 ? year : undefined,
    outcome: outcomes.includes(outcome as Outcome) ? (outcome as Outcome) : undefined,
    overdue: one(sp.overdue) === '1',
    page: positive(sp.page),
  };
}

/** The filter as a query string ('' when empty), with some parts changed or removed (undefined). */
export function filterQuery(filter: RequestFilter, change: Partial<RequestFilter> = {}): string {
  const f = { ...filter, ...change };
  const params = new URLSearchParams();
  for (const key of ['status', 'category', 'community', 'official', 'unit', 'year', 'outcome'] as const) {
    if (f[key] !== undefined) params.set(key, String(f[key]));
  }
  if (f.overdue) params.set('overdue', '1');
  if (f.page && f.page > 1) params.set('page', String(f.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
