import 'server-only';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { currentActor } from '@/lib/action';
import { redirect } from '@/lib/i18n/navigation';
import { can, type Actor, type Permission } from './permissions';

/** Staff pages call this first: signed out → sign-in; signed in without the right → 403 page. */
export async function pageActor(permission: Permission, from = '/staff'): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect({ href: { pathname: '/login', query: { next: from } }, locale: await getLocale() });
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
