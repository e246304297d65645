import 'server-only';
import { cookies, headers } from 'next/headers';
import { db } from '@/db';
import { auth } from '@/lib/auth';
import { getActor } from '@/lib/auth/queries';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { sessionIsLive } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { findKiosk, kioskKeyOf } from '@/lib/kiosks/keys';
import { addressKey, requestAddress } from '@/lib/net/client-address';
import type { Client, RequestFacts } from './core';

/** The signed-in, enabled staff member behind this request whose session the server still holds, or null. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  // Sessions are the server's own bookkeeping, in real time (the domain clock may be moved by tests).
  if (!sessionIsLive(db(), session?.sid, id, new Date())) return null;
  return getActor(id);
}

/**
 * Browsers send Origin on every POST; Next refuses a mismatched one but lets a missing one through,
 * so writes insist on it here.
 */
export async function originMatches(given?: Headers, { allowMissing = false } = {}): Promise<boolean> {
  const h = given ?? (await headers());
  const origin = h.get('origin');
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!origin) return allowMissing;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Reads (GET route handlers, pages) use the same check as actions: session, enabled account, role. Scope is per record. */
export async function requirePermission(permission: Permission): Promise<Actor | null> {
  const actor = await currentActor();
  return actor && can(actor.role, permission) ? actor : null;
}

/** The client as the operator trusts it: a kiosk by its key, else the address through the trusted proxy hops. */
export function clientOf(h: Headers, kiosk: { id: number; name: string } | null = null): Client {
  const address = requestAddress(h);
  return { address, key: kiosk ? `kiosk:${kiosk.id}` : addressKey(address), kiosk };
}

/** The facts the pipeline needs, from the request being served (headers, cookies, session). */
export async function requestFacts(
  def: { permission: Permission | 'public' },
  given?: { headers: Headers; allowMissingOrigin?: boolean; kiosk?: { id: number; name: string } | null },
): Promise<RequestFacts> {
  const h = given?.headers ?? (await headers());
  return {
    // Public actions never read the session: a resident's action is the same signed in or not.
    actor: def.permission === 'public' ? null : await currentActor(),
    originOk: await originMatches(h, { allowMissing: given?.allowMissingOrigin }),
    client: clientOf(h, given?.kiosk ?? null),
    jar: await cookies(),
    secure: env().PUBLIC_URL.startsWith('https:') || h.get('x-forwarded-proto') === 'https',
  };
}

/** A kiosk named by `Authorization: Bearer <key>`: the kiosk, null when no key was sent, 'invalid' for an unknown or revoked one. */
export function kioskOf(h: Headers) {
  const key = kioskKeyOf(h.get('authorization'));
  if (key === null) return null;
  return findKiosk(db(), key) ?? 'invalid';
}
