import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db';
import type { Tx } from '@/db/tx';
import { revalidatePublic } from '@/lib/revalidate';
import { iterateBallots, iterateReceipts } from '@/db/stream';
import { ballotCodes, ballotLog, candidates, honours, officials, publications, receipts, selections, turnout, units } from '@/db/schema';
import { archiveDigest } from '../election/archive-stream';
import { countEncrypted, liftEmbargo, trackersOf } from '../election/count';
import { electionOf } from '../election/store';
import { ballotLine, countVotes, rankTally, settleTie, sha256, tallyFile, type Tally } from './tally';

export type CountProblem = {
  what: 'ballots' | 'receipts' | 'codes' | 'turnout' | 'candidate' | 'decryption';
  expected: number;
  found: number;
  candidateId?: number;
};

function candidateList(database: Db, selectionId: number) {
  return database
    .select({
      id: candidates.id,
      name: officials.name,
      unit: units.name,
      position: officials.position,
      votes: candidates.votes,
      officialId: officials.id,
    })
    .from(candidates)
    .innerJoin(officials, eq(officials.id, candidates.officialId))
    .innerJoin(units, eq(units.id, officials.unitId))
    .where(and(eq(candidates.selectionId, selectionId), eq(candidates.withdrawn, false)))
    .all();
}

/** Counts the ballots themselves and checks the result against every live counter. */
export function countSelection(database: Db, selectionId: number): { tally: Tally; problems: CountProblem[] } {
  const selection = database.select().from(selections).where(eq(selections.id, selectionId)).get();
  if (!selection) throw new Error('no selection');
  const list = candidateList(database, selectionId);
  if (selection.mode === 'encrypted') {
    const { problems, ...counted } = countEncrypted(database, selection);
    return { tally: rankTally(list, counted, selection.winners), problems };
  }
  const counted = countVotes(iterateBallots(database, selectionId));
  const tally = rankTally(list, counted, selection.winners);
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  const problems: CountProblem[] = [];
  const check = (what: CountProblem['what'], expected: number) => {
    if (expected !== counted.ballots) problems.push({ what, expected, found: counted.ballots });
  };
  check('ballots', selection.ballotsCast);
  check(
    'receipts',
    n(
      database
        .select({ n: sql<number>`count(*)` })
        .from(receipts)
        .where(eq(receipts.selectionId, selectionId))
        .get(),
    ),
  );
  check(
    'codes',
    n(
      database
        .select({ n: sql<number>`count(*)` })
        .from(ballotCodes)
        .where(and(eq(ballotCodes.selectionId, selectionId), eq(ballotCodes.status, 'used')))
        .get(),
    ),
  );
  check(
    'turnout',
    n(
      database
        .select({ n: sql<number>`coalesce(sum(${turnout.ballots}), 0)` })
        .from(turnout)
        .where(eq(turnout.selectionId, selectionId))
        .get(),
    ),
  );
  for (const c of list) {
    const found = counted.votes.get(c.id) ?? 0;
    if (found !== c.votes) problems.push({ what: 'candidate', candidateId: c.id, expected: c.votes, found });
  }
  return { tally, problems };
}

/** Fisher–Yates with a cryptographic source: the published order says nothing about casting order. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export type Settlement = { chosen: number[]; rule: string; reason: string } | { asIs: true } | null;

/**
 * Publishes a counted selection in one transaction: the shuffled ballot log, the three files'
 * fingerprints, the tally, the winners' honours and the stage. Callers have checked the count.
 */
export function publish(
  database: Db,
  selectionId: number,
  settlement: Settlement,
  by: { requestedBy: number | null; confirmedBy: number | null },
  at: Date,
  audit: (tx: Tx) => void = () => {},
) {
  const selection = database.select().from(selections).where(eq(selections.id, selectionId)).get()!;
  const { tally: counted } = countSelection(database, selectionId);
  const tally = settlement && 'chosen' in settlement ? settleTie(counted, settlement.chosen) : counted;
  const lines = shuffle([...iterateBallots(database, selectionId)].map(ballotLine));
  const ballotsHash = sha256();
  lines.forEach((l) => ballotsHash.update(l));
  const receiptsHash = sha256();
  for (const r of iterateReceipts(database, selectionId)) receiptsHash.update(`${r}\n`);
  const tallyText = tallyFile(selection.year, tally);
  const fingerprints = {
    receipts: receiptsHash.digest('hex'),
    ballots: ballotsHash.digest('hex'),
    tally: sha256().update(tallyText).digest('hex'),
  };
  // An encrypted selection has no plain ballot log: its record is the Belenios archive, trackers are its receipts.
  const election = selection.mode === 'encrypted' ? electionOf(database, selectionId) : undefined;
  if (election) {
    fingerprints.ballots = archiveDigest(database, election);
    fingerprints.receipts = sha256().update(trackersOf(database, election.id).join('\n')).digest('hex');
  }
  const officialsById = new Map(candidateList(database, selectionId).map((c) => [c.id, c.officialId]));

  database.transaction(
    (tx) => {
      tx.delete(ballotLog).where(eq(ballotLog.selectionId, selectionId)).run();
      for (let i = 0; i < lines.length; i += 500) {
        tx.insert(ballotLog)
          .values(lines.slice(i, i + 500).map((choices, k) => ({ selectionId, position: i + k + 1, choices: choices.trimEnd() })))
          .run();
      }
      tx.insert(publications)
        .values({
          selectionId,
          tally,
          ballotsCounted: tally.ballotsCast,
          tieAtCutoff: tally.tieAtCutoff,
          publishedAt: at,
          fingerprints,
          ...by,
        })
        .onConflictDoUpdate({
          target: publications.selectionId,
          set: { tally, ballotsCounted: tally.ballotsCast, tieAtCutoff: tally.tieAtCutoff, publishedAt: at, fingerprints, ...by },
        })
        .run();
      if (settlement && 'chosen' in settlement)
        tx.update(publications)
          .set({ tieRule: settlement.rule, tieReason: settlement.reason })
          .where(eq(publications.selectionId, selectionId))
          .run();
      tx.delete(honours).where(eq(honours.selectionId, selectionId)).run();
      for (const c of tally.candidates.filter((x) => x.winner)) {
        tx.insert(honours)
          .values({
            year: selection.year,
            name: c.name,
            unit: c.unit,
            position: c.position,
            officialId: officialsById.get(c.id) ?? null,
            selectionId,
          })
          .run();
      }
      if (selection.mode === 'encrypted') liftEmbargo(tx, selectionId);
      tx.update(selections).set({ stage: 'published' }).where(eq(selections.id, selectionId)).run();
      audit(tx);
    },
    { behavior: 'immediate' },
  );
  revalidatePublic({ selection: selection.year }, { database });
  return { tally, fingerprints, tallyText };
}
