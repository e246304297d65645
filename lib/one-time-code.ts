import { hkdfSync } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { env } from '@/lib/env';
import { failureLimiter, type Limiter } from '@/lib/rate-limit';

/**
 * The one-time-code step, for every code a resident types: ballot codes, survey codes, review-form
 * codes, a request's confirmation key, and livelihood projects' proposal and rating codes. Each kind has a budget of wrong tries per client (address
 * or kiosk; valid codes never count, so a household or a kiosk can vote one code after another), and
 * what the step proved is carried to the next step in one cookie scheme: `mp_<kind>`, httpOnly,
 * SameSite=Strict, Secure behind https, sealed (encrypted and authenticated) with iron-session and
 * holding its issue time and expiry. A cookie the server did not write, or wrote too long ago, is
 * simply absent. Nothing of it is stored on the server.
 */
const ballot = z.object({ year: z.number().int(), code: z.string().max(40), choices: z.array(z.number().int().positive()).max(50) });
const kinds = {
  ballot: { budget: 20, cookie: { shape: ballot, minutes: 30, path: '/' } },
  // What the voter sees after the commit: the tracking code, never the code or the choices.
  receipt: { budget: 0, cookie: { shape: z.object({ year: z.number().int(), trackingCode: z.string().max(64) }), minutes: 15, path: '/' } },
  survey: { budget: 20, cookie: { shape: z.object({ surveyId: z.number().int(), code: z.string().max(40) }), minutes: 30, path: '/' } },
  review: { budget: 20, cookie: { shape: z.object({ code: z.string().max(40) }), minutes: 30, path: '/review' } },
  requestKey: { budget: 10, cookie: null },
  // Livelihood projects: a resident's proposal code and a household's rating code, each checked and
  // burnt in the one request that uses it.
  projectProposal: { budget: 20, cookie: null },
  projectRating: { budget: 20, cookie: null },
} as const;

export type CodeKind = keyof typeof kinds;
type CookieKind = { [K in CodeKind]: (typeof kinds)[K]['cookie'] extends null ? never : K }[CodeKind];
export type CodeValue<K extends CodeKind> = K extends CookieKind ? z.infer<(typeof kinds)[K]['cookie']['shape']> : never;

const budgets = Object.fromEntries(
  Object.entries(kinds).map(([kind, k]) => [kind, k.budget > 0 ? failureLimiter(`code-${kind}`, k.budget, 15 * 60) : null]),
) as Record<CodeKind, Limiter | null>;

/** How long a kind's cookie lasts after its last renewal, in minutes (0: it keeps none). */
export const stepMinutes = (kind: CodeKind): number => kinds[kind].cookie?.minutes ?? 0;

/** The wrong-try budget of a kind (null: nothing to guess). */
export const codeBudget = (kind: CodeKind): Limiter | null => budgets[kind];

/** The part of a cookie store the step needs; Next's `cookies()` has it, and tests pass a Map-backed one. */
export type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(
    name: string,
    value: string,
    options: { httpOnly: boolean; sameSite: 'strict'; secure: boolean; path: string; maxAge: number },
  ): unknown;
  delete(options: { name: string; path: string }): unknown;
};

export type CodeStep<K extends CodeKind> = {
  kind: K;
  /** True when the client has spent its budget of wrong codes of this kind. */
  blocked(): Promise<boolean>;
  /** One wrong (unknown, used, revoked) code against the client's budget. */
  failed(): Promise<void>;
  /** What an earlier step proved, or null (none, tampered, expired, another kind). */
  recall(): Promise<CodeValue<K> | null>;
  remember(value: CodeValue<K>): Promise<void>;
  forget(): Promise<void>;
};

export const cookieName = (kind: CodeKind) => `mp_${kind}`;

let derived: { secret: string; password: string } | undefined;
/** Its own key, derived from AUTH_SECRET: a step cookie is never mistaken for a session or another secret's use. */
function password(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  if (derived?.secret !== secret) {
    const key = hkdfSync('sha256', secret, 'minping', 'one-time-code cookie', 32);
    derived = { secret, password: Buffer.from(key).toString('hex') };
  }
  return derived.password;
}

export async function sealStep(kind: CodeKind, value: unknown, at = Date.now()): Promise<string> {
  const minutes = kinds[kind].cookie?.minutes ?? 0;
  return sealData({ k: kind, v: value, iat: at, exp: at + minutes * 60_000 }, { password: password(), ttl: minutes * 60 });
}

export async function unsealStep<K extends CookieKind>(kind: K, raw: string | undefined, at = Date.now()): Promise<CodeValue<K> | null> {
  if (!raw || raw.length > 4096) return null;
  let sealed: unknown;
  try {
    sealed = await unsealData(raw, { password: password() });
  } catch {
    return null;
  }
  const parsed = z.object({ k: z.literal(kind), v: z.unknown(), iat: z.number(), exp: z.number() }).safeParse(sealed);
  if (!parsed.success || parsed.data.iat > at + 60_000 || parsed.data.exp <= at) return null;
  const value = kinds[kind].cookie.shape.safeParse(parsed.data.v);
  return value.success ? (value.data as CodeValue<K>) : null;
}

/** The step for one kind of code, for one client (its limit key) and one browser's cookies. */
export function codeStep<K extends CodeKind>(
  kind: K,
  { jar, clientKey, secure }: { jar: CookieJar; clientKey: string; secure: boolean },
): CodeStep<K> {
  const budget = budgets[kind];
  const cookie = kinds[kind].cookie;
  const name = cookieName(kind);
  const needsCookie = () => {
    if (!cookie) throw new Error(`${kind} codes are checked in one request and keep no cookie`);
    return cookie;
  };
  return {
    kind,
    blocked: async () => (budget ? budget.blocked(clientKey) : false),
    failed: async () => {
      await budget?.fail(clientKey);
    },
    recall: async () => (cookie ? unsealStep(kind as CookieKind, jar.get(name)?.value) : null) as Promise<CodeValue<K> | null>,
    remember: async (value) => {
      const { minutes, path } = needsCookie();
      jar.set(name, await sealStep(kind, value), { httpOnly: true, sameSite: 'strict', secure, path, maxAge: minutes * 60 });
    },
    forget: async () => {
      jar.delete({ name, path: needsCookie().path });
    },
  };
}
