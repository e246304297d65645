import type { z } from 'zod';
import { writeTx } from '@/db';
import type { Tx } from '@/db/tx';
import { recordAudit, type AuditInput } from '@/lib/audit/record';
import { can, inScope, type Actor, type Permission } from '@/lib/auth/permissions';
import { log } from '@/lib/log';
import { codeStep, type CodeKind, type CodeStep, type CookieJar } from '@/lib/one-time-code';
import type { Limiter } from '@/lib/rate-limit';

/** Every action answers in this shape. Messages are catalog keys until the adapter translates them. */
export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** Thrown by a handler to refuse with a message the user can read (a catalog key). */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly fieldErrors?: Record<string, string[]>,
    /** What the form should show again, when it is not simply what was typed. */
    public readonly values?: Record<string, string>,
  ) {
    super(key);
  }
}

/** Who is asking, as the operator trusts it (lib/net/client-address.ts) and, for kiosks, by their key. */
export type Client = { address: string | null; key: string; kiosk: { id: number; name: string } | null };

/** What the adapter read from the request before the pipeline runs. */
export type RequestFacts = {
  actor: Actor | null;
  originOk: boolean;
  client: Client;
  jar: CookieJar;
  /** Behind https: step cookies are marked Secure. */
  secure: boolean;
  /** The HTTP request, for route handlers that stream their answer or hand the request on. */
  request?: Request;
};

/**
 * Where a command's records sit: 'district' — only accounts that span the district may run it;
 * 'unit' — the handler must call requireScope (or requireDistrict) on the records it touches before
 * its transaction commits, and the pipeline refuses to commit otherwise; 'none' — it touches nothing
 * that belongs to a unit (public submissions, one's own session).
 */
export type ScopeRule = 'district' | 'unit' | 'none';

type Audit = (entry: Omit<AuditInput, 'action'> & { action?: string }) => void;

type BaseContext = {
  client: Client;
  /** Set for route handlers only. */
  request: Request | null;
  /** Runs `fn` in one BEGIN IMMEDIATE transaction; `audit` writes into the same transaction. */
  write: <R>(fn: (tx: Tx, audit: Audit) => R) => R;
  /** Refuses records outside the actor's units (IDOR). */
  requireScope: (unitPath: string | null | undefined) => void;
  /** Refuses accounts tied to one unit. */
  requireDistrict: () => void;
  /** The one-time-code step of any kind, for this client and browser (a cast hands over to the receipt). */
  step: <C extends CodeKind>(kind: C) => CodeStep<C>;
  /** A record checked by the handler's own rule (e.g. a request's community or assigned unit): refuses when not allowed. */
  scoped: (allowed: boolean) => void;
  /** Whether a unit is the actor's, for handlers that report rows outside it instead of refusing the whole. */
  inScope: (unitPath: string) => boolean;
};
export type StaffContext<K extends CodeKind = never> = BaseContext & { actor: Actor; code: CodeStep<K> };
export type PublicContext<K extends CodeKind = never> = BaseContext & { actor: Actor | null; code: CodeStep<K> };
/** What staff commands' shared guards take. */
export type ActionContext = StaffContext<CodeKind>;

type Common<S extends z.ZodType, K extends CodeKind> = {
  name: string;
  scope: ScopeRule;
  schema: S;
  /** A limit per client checked before anything runs; counted on every accepted attempt, or only on success. */
  limit?: { limiter: Limiter; count: 'attempt' | 'success' };
  /** The one-time-code step: its wrong-code budget is checked first; with `needs: 'cookie'` an earlier step must have proved a code. */
  code?: { kind: K; needs?: 'cookie' };
  /** Catalog namespace for the pipeline's own refusals (origin, rateLimited, expired); default `errors`. */
  messages?: string;
  /** The form's message when zod refuses the input (field errors are listed beside it); default `errors.invalid`. */
  invalidMessage?: string;
};
export type StaffDef<S extends z.ZodType, T, K extends CodeKind = never> = Common<S, K> & {
  permission: Permission;
  run: (input: z.infer<S>, ctx: StaffContext<K>) => T | Promise<T>;
};
export type PublicDef<S extends z.ZodType, T, K extends CodeKind = never> = Common<S, K> & {
  permission: 'public';
  run: (input: z.infer<S>, ctx: PublicContext<K>) => T | Promise<T>;
};
export type ActionDef<S extends z.ZodType = z.ZodType, T = unknown, K extends CodeKind = never> = StaffDef<S, T, K> | PublicDef<S, T, K>;
/** Any registered action, whatever its input and result types. */
export type AnyActionDef = ActionDef<z.ZodType, unknown, CodeKind>;

/** A staff command: the role is declared, so the matrix test knows who may run it. */
export function defineCommand<S extends z.ZodType, T, K extends CodeKind = never>(def: StaffDef<S, T, K>): StaffDef<S, T, K> {
  return def;
}

/** A resident's action: no session, but the same chain (origin, limits, code step, zod, one transaction). */
export function definePublicCommand<S extends z.ZodType, T, K extends CodeKind = never>(
  def: Omit<PublicDef<S, T, K>, 'permission'>,
): PublicDef<S, T, K> {
  return { permission: 'public', ...def };
}

/** zod issues as catalog keys per field; schemas name their messages `field.*` (under `errors`) or by a full key. */
export function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fieldErrors[key] ??= []).push(/^\w+(\.\w+)+$/.test(issue.message) ? issue.message : 'field.invalid');
  }
  return fieldErrors;
}

class ScopeNotChecked extends Error {}

/**
 * The one request pipeline: origin → client limits → one-time-code step → session and role (and a
 * district-wide scope) → zod → the handler, whose unit scope is enforced inside its one transaction
 * with its audit row → one result type.
 */
export async function runAction<S extends z.ZodType, T, K extends CodeKind>(
  def: ActionDef<S, T, K>,
  facts: RequestFacts,
  raw: unknown,
): Promise<ActionResult<T>> {
  const refuse = (reason: string): ActionResult<T> => ({ ok: false, message: `${def.messages ?? 'errors'}.${reason}` });
  if (!facts.originOk) return refuse('origin');
  const { client, actor } = facts;
  if (def.limit && (await def.limit.limiter.blocked(client.key))) return refuse('rateLimited');
  const step = <C extends CodeKind>(kind: C) => codeStep(kind, { jar: facts.jar, clientKey: client.key, secure: facts.secure });
  const code = def.code ? step(def.code.kind) : null;
  if (code && (await code.blocked())) return refuse('rateLimited');
  if (code && def.code?.needs === 'cookie' && !(await code.recall())) return refuse('expired');
  if (def.permission !== 'public') {
    if (!actor) return { ok: false, message: 'errors.signedOut' };
    if (!can(actor.role, def.permission)) {
      deny(actor, def.name, 'role');
      return { ok: false, message: 'errors.forbidden' };
    }
  }
  // A scope that depends on no record is part of who the actor is, so it is checked with the role.
  if (def.scope === 'district' && actor?.unitPath !== null) {
    if (actor) deny(actor, def.name, 'scope');
    return { ok: false, message: 'errors.outOfScope' };
  }
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: def.invalidMessage ?? 'errors.invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  let scopeChecked = def.scope !== 'unit';
  const ctx: PublicContext<K> = {
    actor,
    client,
    request: facts.request ?? null,
    code: code ?? noCodeStep(),
    step,
    write: (fn) =>
      writeTx((tx) => {
        const result = fn(tx, (entry) => recordAudit(tx, actor, { ...entry, action: entry.action ?? def.name }));
        // Declared 'unit' and no record's unit was checked: roll back rather than write unchecked.
        if (!scopeChecked) throw new ScopeNotChecked(def.name);
        return result;
      }),
    requireScope: (unitPath) => {
      if (!actor || !unitPath || !inScope(actor, unitPath)) throw new ActionError('errors.outOfScope');
      scopeChecked = true;
    },
    requireDistrict: () => {
      if (!actor || actor.unitPath !== null) throw new ActionError('errors.outOfScope');
      scopeChecked = true;
    },
    scoped: (allowed) => {
      if (!allowed) throw new ActionError('errors.outOfScope');
      scopeChecked = true;
    },
    inScope: (unitPath) => {
      scopeChecked = true;
      return actor !== null && inScope(actor, unitPath);
    },
  };
  if (def.limit?.count === 'attempt') await def.limit.limiter.fail(client.key);
  try {
    // The role check above guarantees the staff handler an actor.
    const data = await (def.run as (input: unknown, ctx: PublicContext<K>) => T | Promise<T>)(parsed.data, ctx);
    if (!scopeChecked) throw new ScopeNotChecked(def.name);
    if (def.limit?.count === 'success') await def.limit.limiter.fail(client.key);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionError) {
      if (error.key === 'errors.outOfScope' && actor) deny(actor, def.name, 'scope');
      return { ok: false, message: error.key, fieldErrors: error.fieldErrors, values: error.values };
    }
    if (isNavigation(error)) throw error;
    log.error({ action: def.name, error: error instanceof Error ? error.message : error }, 'action failed');
    return { ok: false, message: 'errors.unexpected' };
  }
}

/** Next's redirect() and notFound() throw; they are answers, not failures. */
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}

function noCodeStep<K extends CodeKind>(): CodeStep<K> {
  const none = () => {
    throw new Error('this action declares no one-time-code step');
  };
  return { kind: undefined as never, blocked: none, failed: none, recall: none, remember: none, forget: none };
}

// Refused attempts are audited too: an auditor should see who tried what outside their rights.
function deny(actor: Actor, action: string, reason: string) {
  writeTx((tx) => recordAudit(tx, actor, { action: `denied:${action}`, entity: 'access', after: { reason } }));
}
