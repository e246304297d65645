import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import {
  ballotCodes,
  callCredentials,
  candidates,
  electionParties,
  elections,
  encryptedBallots,
  officials,
  units,
  type Election,
} from '@/db/schema';
import { loadElection, type ElectionContext } from '@/lib/belenios/election';
import { decode } from '@/lib/belenios/json';
import { encryptedTallyCodec, trusteesCodec, type EncryptedTally, type TrusteeKind } from '@/lib/belenios/types';
import { compareByStrokes } from '@/lib/selection/stroke-order';
import { hashPartyToken, PARTY_TOKEN } from './tokens';

type Reader = Db | Tx;

export const electionOf = (database: Reader, selectionId: number) =>
  database.select().from(elections).where(eq(elections.selectionId, selectionId)).get();

/** The election of a livelihood-projects call's residents' vote. */
export const electionOfCall = (database: Reader, callId: number) =>
  database.select().from(elections).where(eq(elections.callId, callId)).get();

export const guardiansOf = (database: Reader, electionId: number) =>
  database
    .select()
    .from(electionParties)
    .where(and(eq(electionParties.electionId, electionId), eq(electionParties.kind, 'guardian')))
    .orderBy(asc(electionParties.position))
    .all();

export const partiesOf = (database: Reader, electionId: number) =>
  database
    .select()
    .from(electionParties)
    .where(eq(electionParties.electionId, electionId))
    .orderBy(asc(electionParties.kind), asc(electionParties.position))
    .all();

/** The party a one-time link belongs to, with its election, or undefined. */
export function partyByToken(database: Reader, token: string) {
  if (!PARTY_TOKEN.test(token)) return undefined;
  return database
    .select({ party: electionParties, election: elections })
    .from(electionParties)
    .innerJoin(elections, eq(elections.id, electionParties.electionId))
    .where(eq(electionParties.tokenHash, hashPartyToken(token)))
    .get();
}

/** The election's context (φ, y), trustees and encrypted tally, parsed from their raw columns. */
export function electionContext(election: { electionRaw: string | null }): ElectionContext {
  if (!election.electionRaw) throw new Error('the election setup is not frozen yet');
  return loadElection(election.electionRaw);
}
export const trusteesOf = (election: { trustees: string | null }): TrusteeKind[] => decode(trusteesCodec, election.trustees!, 'trustees');
export const encryptedTallyOf = (election: { encryptedTally: string | null }): EncryptedTally =>
  decode(encryptedTallyCodec, election.encryptedTally!, 'encrypted_tally');

/** The merged, sorted public credential list of a selection: its setup's credentials file. */
export const publicCredentialList = (database: Reader, selectionId: number): string[] =>
  database
    .select({ c: ballotCodes.codeHash })
    .from(ballotCodes)
    .where(eq(ballotCodes.selectionId, selectionId))
    .orderBy(asc(ballotCodes.codeHash))
    .all()
    .map((r) => r.c);

/** The sorted public credential list of an election, whoever owns it. */
export function publicCredentialsOf(database: Reader, election: Pick<Election, 'selectionId' | 'callId'>): string[] {
  if (election.selectionId !== null) return publicCredentialList(database, election.selectionId);
  return database
    .select({ c: callCredentials.credential })
    .from(callCredentials)
    .where(eq(callCredentials.callId, election.callId!))
    .orderBy(asc(callCredentials.credential))
    .all()
    .map((r) => r.c);
}

/** Candidates in ballot order (按姓氏笔画为序), as the election's answers list them. */
export function ballotOrder(database: Reader, selectionId: number) {
  return database
    .select({ id: candidates.id, name: officials.name, unit: units.name })
    .from(candidates)
    .innerJoin(officials, eq(officials.id, candidates.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(candidates.selectionId, selectionId), eq(candidates.withdrawn, false)))
    .all()
    .sort((a, b) => compareByStrokes(a.name, b.name) || a.id - b.id);
}

export const BALLOT_BOX_PAGE = 50;

/** A page of the public ballot box: trackers in the order the ballots were accepted, or those starting with `q`. */
export function ballotBoxPage(database: Reader, electionId: number, page: number, q: string) {
  const where = and(
    eq(encryptedBallots.electionId, electionId),
    q ? like(encryptedBallots.tracker, `${q.replace(/[%_]/g, '')}%`) : undefined,
  );
  const total = database
    .select({ n: sql<number>`count(*)` })
    .from(encryptedBallots)
    .where(where)
    .get()!.n;
  const rows = database
    .select({ tracker: encryptedBallots.tracker, origin: encryptedBallots.origin, seq: encryptedBallots.seq })
    .from(encryptedBallots)
    .where(where)
    .orderBy(desc(encryptedBallots.seq))
    .limit(BALLOT_BOX_PAGE)
    .offset((page - 1) * BALLOT_BOX_PAGE)
    .all();
  return { total, rows };
}

export const findTracker = (database: Reader, electionId: number, tracker: string) =>
  database
    .select({ tracker: encryptedBallots.tracker, origin: encryptedBallots.origin })
    .from(encryptedBallots)
    .where(and(eq(encryptedBallots.electionId, electionId), eq(encryptedBallots.tracker, tracker)))
    .get();

export const countBallots = (database: Reader, electionId: number) =>
  database
    .select({ n: sql<number>`count(*)` })
    .from(encryptedBallots)
    .where(eq(encryptedBallots.electionId, electionId))
    .get()!.n;
