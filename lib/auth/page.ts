import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentActor } from '@/lib/action';
import { can, type Actor, type Permission } from './permissions';

/** Staff pages call this first: signed out → sign-in; signed in without the right → 403 page. */
export async function pageActor(permission: Permission, from = '/staff'): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(from)}`);
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
