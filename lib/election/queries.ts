import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db';
import { ballotCodes, callCredentials, codeBatches, type Election } from '@/db/schema';
import { progressOf } from './party-state';
import { electionOf, electionOfCall, partiesOf } from './store';

const count = (q: { n: number } | undefined) => q?.n ?? 0;

/** The codes registered for an election: community batches and public credentials. */
function codesOf(election: Election) {
  if (election.callId !== null) {
    const rows = db()
      .select({ n: sql<number>`count(*)`, batches: sql<number>`count(distinct ${callCredentials.communityId})` })
      .from(callCredentials)
      .where(eq(callCredentials.callId, election.callId))
      .get();
    return { batches: rows?.batches ?? 0, codes: rows?.n ?? 0 };
  }
  const selectionId = election.selectionId!;
  const batches = db()
    .select({ n: sql<number>`count(*)` })
    .from(codeBatches)
    .where(and(eq(codeBatches.selectionId, selectionId), isNull(codeBatches.revokedAt)))
    .get();
  const codes = db()
    .select({ n: sql<number>`count(*)` })
    .from(ballotCodes)
    .where(eq(ballotCodes.selectionId, selectionId))
    .get();
  return { batches: count(batches), codes: count(codes) };
}

/** What the organizer's election page shows: the election, who has done which step, and the codes registered. */
function panelOf(election: Election | undefined) {
  if (!election) return null;
  const parties = partiesOf(db(), election.id);
  const guardians = parties.filter((p) => p.kind === 'guardian');
  const authority = parties.find((p) => p.kind === 'authority') ?? null;
  return {
    election,
    guardians: progressOf(guardians).map((g, i) => ({ ...g, partyId: guardians[i]!.id })),
    authority: authority && { partyId: authority.id, name: authority.name },
    ...codesOf(election),
    decryptions: guardians.filter((g) => g.partialDecryption).length,
  };
}

export const getElectionPanel = (selectionId: number) => panelOf(electionOf(db(), selectionId));
/** The same panel for a call's residents' vote. */
export const getCallElectionPanel = (callId: number) => panelOf(electionOfCall(db(), callId));
export type ElectionPanel = NonNullable<ReturnType<typeof getElectionPanel>>;
