import 'server-only';
import { notFound } from 'next/navigation';
import { pageActor } from '@/lib/auth/page';
import type { Permission } from '@/lib/auth/permissions';
import { getSelection } from './queries';

export async function staffSelection(params: Promise<{ id: string }>, permission: Permission = 'selection.read') {
  const { id } = await params;
  const actor = await pageActor(permission, `/staff/selections/${id}`);
  const selection = /^\d+$/.test(id) ? getSelection(Number(id)) : undefined;
  if (!selection) notFound();
  return { actor, selection };
}
