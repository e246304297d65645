import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, openDatabase } from '@/db';
import { publications, selections, staff, turnout, units } from '@/db/schema';
import { databasePath } from '@/lib/env';
import { seedDistrict } from '@/tests/unit/fixtures';
import { DURING, votingSelection } from '@/tests/unit/selection-fixtures';
import { castBallot } from './cast';
import { publishedPageVersion } from './page-data';
import { publish } from './publish';

const YEAR = 2071;
let selectionId = 0;

beforeAll(async () => {
  if (!db().select().from(staff).get()) await seedDistrict();
  const v = await votingSelection(YEAR, 5);
  selectionId = v.selection.id;
  [[0, 1], [0], [2]].forEach((picks, i) =>
    expect(castBallot(db(), { year: YEAR, code: v.codes[i]!, candidateIds: picks.map((k) => v.candidateIds[k]!) }, DURING).ok).toBe(true),
  );
  db().update(selections).set({ stage: 'counting' }).where(eq(selections.id, selectionId)).run();
});

describe("the published selection page's version (what the page cache keys on)", () => {
  it('is null while counting and for years that are not selections: nothing may be kept', () => {
    expect(publishedPageVersion(YEAR)).toBeNull();
    expect(publishedPageVersion(1900)).toBeNull();
  });

  it('exists once published and stays the same while nothing changes', () => {
    publish(db(), selectionId, null, { requestedBy: null, confirmedBy: null }, new Date());
    const version = publishedPageVersion(YEAR);
    expect(version).toMatch(/^[\w-]{43}$/);
    expect(publishedPageVersion(YEAR)).toBe(version);
  });

  it('changes with anything the page shows, whichever connection wrote it', () => {
    const before = publishedPageVersion(YEAR);
    db().update(publications).set({ commendationPlace: '区政府礼堂' }).where(eq(publications.selectionId, selectionId)).run();
    const commended = publishedPageVersion(YEAR);
    expect(commended).not.toBe(before);

    // Another connection (the CLI, a test fixture): SQLite's data_version tells this one.
    const other = openDatabase(databasePath());
    const shown = other.select().from(turnout).where(eq(turnout.selectionId, selectionId)).get()!;
    other.update(units).set({ households: 4321 }).where(eq(units.id, shown.communityId)).run();
    other.$client.close();
    expect(publishedPageVersion(YEAR)).not.toBe(commended);
  });

  it('does not change with writes the page does not show', () => {
    const before = publishedPageVersion(YEAR);
    db()
      .insert(selections)
      .values({ year: 2072, title: 'other', votingOpensAt: new Date(0), votingClosesAt: new Date(1) })
      .run();
    expect(publishedPageVersion(YEAR)).toBe(before);
  });
});
