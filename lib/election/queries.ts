import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { ballotCodes, codeBatches } from '@/db/schema';
import { progressOf } from './party-state';
import { electionOf, partiesOf } from './store';

/** What the organizer's election page shows: the election, who has done which step, and the codes registered. */
export function getElectionPanel(selectionId: number) {
  const election = electionOf(db(), selectionId);
  if (!election) return null;
  const parties = partiesOf(db(), election.id);
  const guardians = parties.filter((p) => p.kind === 'guardian');
  const authority = parties.find((p) => p.kind === 'authority') ?? null;
  const batches = db()
    .select({ n: sql<number>`count(*)` })
    .from(codeBatches)
    .where(and(eq(codeBatches.selectionId, selectionId), isNull(codeBatches.revokedAt)))
    .get()!.n;
  const codes = db()
    .select({ n: sql<number>`count(*)` })
    .from(ballotCodes)
    .where(eq(ballotCodes.selectionId, selectionId))
    .get()!.n;
  return {
    election,
    guardians: progressOf(guardians).map((g, i) => ({ ...g, partyId: guardians[i]!.id })),
    authority: authority && { partyId: authority.id, name: authority.name },
    batches,
    codes,
    decryptions: guardians.filter((g) => g.partialDecryption).length,
  };
}
export type ElectionPanel = NonNullable<ReturnType<typeof getElectionPanel>>;
