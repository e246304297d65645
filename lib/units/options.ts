import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import { listUnits } from './queries';

/** Units in scope as select options, labelled with their street so like-named communities are told apart. */
export function unitOptions(actor: Actor) {
  const rows = listUnits(actor);
  const byId = new Map(rows.map((u) => [u.id, u]));
  return rows.map((u) => {
    const parent = u.kind === 'community' && u.parentId ? byId.get(u.parentId) : undefined;
    return { id: u.id, label: parent ? `${parent.name} / ${u.name}` : u.name };
  });
}
