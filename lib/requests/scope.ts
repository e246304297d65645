import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { requests, units } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { inScope, type Actor } from '@/lib/auth/permissions';

const community = alias(units, 'community');
const assignedUnit = alias(units, 'assigned_unit');

/** A request with the paths that decide who may see it: its community's, and the unit it was assigned to. */
export function requestWithPaths(tx: Tx, id: number) {
  return tx
    .select({ request: requests, communityPath: community.path, assignedUnitPath: assignedUnit.path })
    .from(requests)
    .innerJoin(community, eq(community.id, requests.communityId))
    .leftJoin(assignedUnit, eq(assignedUnit.id, requests.assignedUnitId))
    .where(eq(requests.id, id))
    .get();
}

/** Unit staff act on requests from their communities, and on those handed to a unit of theirs. */
export function requestInScope(actor: Actor, paths: { communityPath: string; assignedUnitPath: string | null }): boolean {
  return inScope(actor, paths.communityPath) || (paths.assignedUnitPath !== null && inScope(actor, paths.assignedUnitPath));
}
