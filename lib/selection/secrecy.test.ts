import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { seedDistrict } from '@/tests/unit/fixtures';
import { DURING, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { hashBallotCode, hashReceipt } from './codes';

const secretTables = ['ballots', 'ballot_choices', 'receipts', 'ballot_codes'];

beforeAll(seedDistrict);

describe('secret ballot', () => {
  it('ballot, choice, receipt and code tables have no rowid, no time, no person, no address', () => {
    const client = db().$client;
    for (const table of secretTables) {
      const ddl = client.prepare("select sql from sqlite_master where type = 'table' and name = ?").pluck().get(table) as string;
      expect(ddl, table).toMatch(/WITHOUT ROWID/);
      const columns = (client.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      for (const name of columns)
        expect(name, `${table}.${name}`).not.toMatch(/(^|_)(time|date|ip|user|staff|person|voter|order|seq|at)(_|$)/i);
    }
    const ballotColumns = (client.prepare('pragma table_info(ballots)').all() as { name: string }[]).map((c) => c.name);
    expect(ballotColumns.sort()).toEqual(['id', 'selection_id']);
    const choiceColumns = (client.prepare('pragma table_info(ballot_choices)').all() as { name: string }[]).map((c) => c.name);
    expect(choiceColumns.sort()).toEqual(['ballot_id', 'candidate_id']);
    // Nothing in the schema points from a ballot to a code or a receipt, or back.
    const foreignKeys = secretTables.flatMap((t) =>
      (client.prepare(`pragma foreign_key_list(${t})`).all() as { table: string }[]).map((fk) => `${t}->${fk.table}`),
    );
    expect(foreignKeys.filter((fk) => /ballots->(ballot_codes|receipts)|receipts->ballots|ballot_codes->ballots/.test(fk))).toEqual([]);
  });

  it('after voting, no stored value ties a ballot to its code or receipt, and ballot ids carry no order', async () => {
    const { codes, candidateIds } = await votingSelection(2030, 30);
    const receiptsGiven: string[] = [];
    for (const code of codes) {
      const result = castBallot(db(), { year: 2030, code, candidateIds: [candidateIds[0]!] }, DURING);
      if (result.ok) receiptsGiven.push(result.trackingCode);
    }
    expect(receiptsGiven).toHaveLength(30);

    const client = db().$client;
    const ballotRows = client
      .prepare('select b.id from ballots b join selections s on s.id = b.selection_id where s.year = 2030')
      .pluck()
      .all() as string[];
    expect(ballotRows).toHaveLength(30);
    const secrets = new Set([
      ...codes,
      ...codes.map((c) => hashBallotCode(2030, c)),
      ...receiptsGiven,
      ...receiptsGiven.map((r) => hashReceipt(2030, r)),
    ]);
    const everyBallotValue = client
      .prepare('select b.id, b.selection_id, c.candidate_id from ballots b join ballot_choices c on c.ballot_id = b.id')
      .all() as Record<string, unknown>[];
    for (const row of everyBallotValue) for (const value of Object.values(row)) expect(secrets.has(String(value))).toBe(false);
    // Random 128-bit ids: the stored order (by id) is not the casting order.
    for (const id of ballotRows) expect(id).toMatch(/^[0-9a-f]{32}$/);
    const rowid = () => client.prepare('select rowid from ballots limit 1').get();
    expect(rowid).toThrow(/no such column: rowid/);
  });
});
