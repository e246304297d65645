import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Minping reads, validated in one place. Libraries that read their own
 * (Auth.js: AUTH_SECRET, AUTH_TRUST_HOST; Next: NODE_ENV at build time) are given the same values.
 */
const schema = z
  .object({
    DATABASE_URL: z.string().default('file:./data/minping.db'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    AUTH_SECRET: z.string().min(32).optional(),
    /** Shared by every worker process, so a form served by one posts its action to another. */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.string().min(1).optional(),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** The key of the household register's identifier hashes; generated beside the database when unset. */
    HOUSEHOLD_KEY: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    /** How many reverse proxies in front of the server append to X-Forwarded-For; 0: use the socket's address. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** The address residents reach the portal at (slips, QR codes, links in exports). */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Browser tests point this at a file holding an ISO time (see lib/clock.ts); production never sets it. */
    MINPING_TEST_CLOCK_FILE: z.string().min(1).optional(),
    /** How this year's demo selection is voted when the demo district is seeded (browser tests pin plain, for the plain specs' test codes). */
    DEMO_VOTE_MODE: z.enum(['plain', 'encrypted']).default('encrypted'),
  })
  .transform((e) => ({ ...e, PUBLIC_URL: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '') }));

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  return schema.parse(source);
}

const keys = Object.keys(schema.in.shape) as (keyof typeof schema.in.shape)[];
let cached: { raw: string; env: Env } | undefined;

/** The validated environment, parsed again only when a variable changed (tests set some at run time). */
export function env(): Env {
  const raw = keys.map((k) => process.env[k] ?? '\u0000').join('\u0001');
  if (cached?.raw !== raw) cached = { raw, env: readEnv() };
  return cached.env;
}

/** The SQLite file behind DATABASE_URL ("file:./data/x.db" or a plain path). */
export function databasePath(url = env().DATABASE_URL): string {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  return path.resolve(file);
}

/** The configured public address (PUBLIC_URL, default http://localhost:$PORT), without a trailing slash. */
export function publicUrl(source?: Record<string, string | undefined>): string {
  return source ? readEnv(source).PUBLIC_URL : env().PUBLIC_URL;
}
