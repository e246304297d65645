import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { iterateBallotLog } from '@/db/stream';
import { publications, selections } from '@/db/schema';
import { compareRecount, countVotes, parseBallotLine, type Tally } from './tally';
import { countSelection } from './publish';

/**
 * Checks a whole database's votes: every published ballot log recounts to its tally, and every
 * selection's ballots agree with its live counters. Used after a restore.
 */
export function checkAllCounts(database: Db) {
  const published = database
    .select({ id: publications.selectionId, tally: publications.tally, year: selections.year })
    .from(publications)
    .innerJoin(selections, eq(selections.id, publications.selectionId))
    .where(isNotNull(publications.publishedAt))
    .all()
    .map((p) => {
      const lines = [...iterateBallotLog(database, p.id)].map((l) => parseBallotLine(l) ?? []);
      return { year: p.year, matches: compareRecount(p.tally as Tally, countVotes(lines)).matches };
    });
  const live = database
    .select()
    .from(selections)
    .all()
    .map((s) => ({ year: s.year, problems: countSelection(database, s.id).problems.length }));
  return { published, live, ok: published.every((p) => p.matches) && live.every((l) => l.problems === 0) };
}
