import type { z } from 'zod';
import { writeTx } from '@/db';
import type { Tx } from '@/db/tx';
import { recordAudit, type AuditInput } from '@/lib/audit/record';
import { can, inScope, type Actor, type Permission } from '@/lib/auth/permissions';
import { log } from '@/lib/log';

/** Every action answers in this shape. Messages are catalog keys until the adapter translates them. */
export type ActionResult<T = unknown> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** Thrown by a handler to refuse with a message the user can read (a catalog key under `errors`). */
export class ActionError extends Error {
  constructor(
    public readonly key: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(key);
  }
}

export type ActionContext = {
  actor: Actor;
  /** Runs `fn` in one BEGIN IMMEDIATE transaction; `audit` writes into the same transaction. */
  write: <T>(fn: (tx: Tx, audit: (entry: Omit<AuditInput, 'action'> & { action?: string }) => void) => T) => T;
  /** Refuses records outside the actor's units (IDOR). */
  requireScope: (unitPath: string | null | undefined) => void;
};

export type ActionDef<S extends z.ZodType, T> = {
  name: string;
  permission: Permission;
  schema: S;
  run: (input: z.infer<S>, ctx: ActionContext) => T | Promise<T>;
};

/** Keeps a command's input type tied to its schema. */
export function defineCommand<S extends z.ZodType, T>(def: ActionDef<S, T>): ActionDef<S, T> {
  return def;
}

/** zod issues as catalog keys per field; schemas name their messages `field.*`. */
export function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message.startsWith('field.') ? issue.message : 'field.invalid');
  }
  return fieldErrors;
}

export type RequestFacts = { actor: Actor | null; originOk: boolean };

export async function runAction<S extends z.ZodType, T>(def: ActionDef<S, T>, facts: RequestFacts, raw: unknown): Promise<ActionResult<T>> {
  if (!facts.originOk) return { ok: false, message: 'errors.origin' };
  const actor = facts.actor;
  if (!actor) return { ok: false, message: 'errors.signedOut' };
  if (!can(actor.role, def.permission)) {
    deny(actor, def.name, 'role');
    return { ok: false, message: 'errors.forbidden' };
  }
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'errors.invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const ctx: ActionContext = {
    actor,
    write: (fn) => writeTx((tx) => fn(tx, (entry) => recordAudit(tx, actor, { ...entry, action: entry.action ?? def.name }))),
    requireScope: (unitPath) => {
      if (!unitPath || !inScope(actor, unitPath)) throw new ActionError('errors.outOfScope');
    },
  };
  try {
    const data = await def.run(parsed.data, ctx);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ActionError) {
      if (error.key === 'errors.outOfScope') deny(actor, def.name, 'scope');
      return { ok: false, message: error.key, fieldErrors: error.fieldErrors };
    }
    log.error({ action: def.name, error: error instanceof Error ? error.message : error }, 'action failed');
    return { ok: false, message: 'errors.unexpected' };
  }
}

// Refused attempts are audited too: an auditor should see who tried what outside their rights.
function deny(actor: Actor, action: string, reason: string) {
  writeTx((tx) => recordAudit(tx, actor, { action: `denied:${action}`, entity: 'access', after: { reason } }));
}
