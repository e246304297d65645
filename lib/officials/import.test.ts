import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { auditLog, officials, rosterImports } from '@/db/schema';
import { runAction } from '@/lib/action/core';
import { makeActor, seedDistrict, streets, requestFacts } from '@/tests/unit/fixtures';
import { previewRoster } from './import';
import { commands } from './import-commands';

const officialCount = () =>
  db()
    .select({ n: sql<number>`count(*)` })
    .from(officials)
    .get()!.n;
const csv = (text: string) => ({ name: 'roster.csv', bytes: new TextEncoder().encode(text) });
const noProgress = async () => {};

beforeAll(seedDistrict);

describe('roster import', () => {
  it('a file with bad rows lists its errors, stores nothing and imports nothing', async () => {
    const organizer = makeActor('organizer');
    const before = officialCount();
    const result = await previewRoster(organizer, csv('姓名,单位,职务,职级\n林安,桂香里社区,主任,科级\n,无此社区,主任,皇帝\n'), noProgress);
    expect(result.importId).toBeNull();
    expect(result.errors.map((e) => [e.line, e.column, e.problem])).toEqual([
      [3, 'name', 'required'],
      [3, 'grade', 'unknownGrade'],
      [3, 'unit', 'unknownUnit'],
    ]);
    expect(db().select().from(rosterImports).all()).toEqual([]);
    expect(officialCount()).toBe(before);
  });

  it('a good .xlsx of 10,000 rows previews, then imports all rows in one transaction, audited once', async () => {
    const organizer = makeActor('organizer');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '单位', '职务', '职级']);
    for (let i = 0; i < 10000; i++) sheet.addRow([`干部${i}`, '春晖街道/桂香里社区', '网格员', '科员']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const progress: number[] = [];
    const preview = await previewRoster(organizer, { name: 'big.xlsx', bytes }, async (done) => void progress.push(done));
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(10000);
    expect(progress.at(-1)).toBe(10000);
    expect(progress.length).toBeGreaterThan(10);

    const before = officialCount();
    const result = await runAction(commands.commitRosterImport, requestFacts(organizer), { importId: preview.importId });
    expect(result).toMatchObject({ ok: true, data: { imported: 10000 } });
    expect(officialCount()).toBe(before + 10000);
    expect(db().select().from(auditLog).where(eq(auditLog.action, 'official.import')).all()).toHaveLength(1);

    // The same preview cannot be imported twice.
    const again = await runAction(commands.commitRosterImport, requestFacts(organizer), { importId: preview.importId });
    expect(again).toMatchObject({ ok: false, message: 'errors.importGone' });
    expect(officialCount()).toBe(before + 10000);
  });

  it("nobody else can commit an organizer's previewed roster", async () => {
    const owner = makeActor('organizer');
    const other = makeActor('organizer');
    const preview = await previewRoster(owner, csv('姓名,单位,职务,职级\n林安,桂香里社区,主任,科级\n'), noProgress);
    const before = officialCount();
    const result = await runAction(commands.commitRosterImport, requestFacts(other), { importId: preview.importId });
    expect(result).toMatchObject({ ok: false, message: 'errors.importGone' });
    expect(officialCount()).toBe(before);
  });

  it("a street organizer's roster naming another street's unit is refused", async () => {
    const organizer = makeActor('organizer', streets()[1]!.id);
    const result = await previewRoster(organizer, csv('姓名,单位,职务,职级\n林安,桂香里社区,主任,科级\n'), noProgress);
    expect(result.errors).toMatchObject([{ line: 2, problem: 'unitOutOfScope' }]);
    expect(result.importId).toBeNull();
  });
});
