import type { Db } from './index';

// Streams over large tables without loading them: SQLite-specific, so kept here in db/.

/** Each ballot of a selection as its list of candidate ids, one ballot at a time. */
export function* iterateBallots(database: Db, selectionId: number): Generator<number[]> {
  const rows = database.$client
    .prepare(
      'select c.ballot_id as b, c.candidate_id as c from ballot_choices c join ballots b on b.id = c.ballot_id where b.selection_id = ? order by c.ballot_id',
    )
    .raw()
    .iterate(selectionId) as IterableIterator<[string, number]>;
  let current: string | null = null;
  let choices: number[] = [];
  for (const [ballot, candidate] of rows) {
    if (ballot !== current) {
      if (current !== null) yield choices;
      current = ballot;
      choices = [];
    }
    choices.push(candidate);
  }
  if (current !== null) yield choices;
}

/** The published ballot log lines, in their published (shuffled) order. */
export function* iterateBallotLog(database: Db, selectionId: number): Generator<string> {
  const rows = database.$client
    .prepare('select choices from ballot_log where selection_id = ? order by position')
    .pluck()
    .iterate(selectionId) as IterableIterator<string>;
  yield* rows;
}

/** Receipt hashes in sorted order (the table's own key order). */
export function* iterateReceipts(database: Db, selectionId: number): Generator<string> {
  yield* database.$client
    .prepare('select receipt_hash from receipts where selection_id = ? order by receipt_hash')
    .pluck()
    .iterate(selectionId) as IterableIterator<string>;
}
