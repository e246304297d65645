import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { seedDemo } from '@/db/seed/demo';
import { staff, units, type Role } from '@/db/schema';
import type { RequestFacts } from '@/lib/action/core';
import type { Actor } from '@/lib/auth/permissions';
import type { CookieJar } from '@/lib/one-time-code';

// A cheap stand-in hash: the seed's real scrypt hashing is tested on its own.
export const fastHash = async (password: string) => `plain$${password}`;

export async function seedDistrict() {
  await seedDemo(db(), fastHash);
}

export function streets() {
  return db().select().from(units).where(eq(units.kind, 'street')).all();
}

export function communitiesOf(streetId: number) {
  return db().select().from(units).where(eq(units.parentId, streetId)).all();
}

/** An actor as the action wrapper would load it, backed by a real staff row. */
export function makeActor(role: Role, unitId: number | null = null): Actor {
  const username = `${role}-${unitId ?? 'all'}-${Math.random().toString(36).slice(2, 8)}`;
  const row = db().insert(staff).values({ username, displayName: username, passwordHash: 'x', role, unitId }).returning().get();
  const unitPath = unitId === null ? null : (db().select().from(units).where(eq(units.id, unitId)).get()?.path ?? null);
  return { id: row.id, username, displayName: username, role, unitId, unitPath };
}

/** A browser's cookies, for actions with a one-time-code step. */
export function memoryJar(): CookieJar & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value) => values.set(name, value),
    delete: ({ name }) => values.delete(name),
  };
}

let clients = 0;
/** What the pipeline's adapter would have read from a same-origin request, from an address of its own. */
export function requestFacts(actor: Actor | null, extra: Partial<RequestFacts> = {}): RequestFacts {
  const address = `192.0.2.${(clients++ % 250) + 1}-${Math.random().toString(36).slice(2, 6)}`;
  return { actor, originOk: true, client: { address, key: address, kiosk: null }, jar: memoryJar(), secure: false, ...extra };
}
