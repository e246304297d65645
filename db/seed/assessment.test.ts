import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import * as s from '@/db/schema';
import { seedDistrict } from '@/tests/unit/fixtures';
import { seedAssessment } from './assessment';

beforeAll(async () => {
  await seedDistrict();
  await seedAssessment(db(), 2026);
});

describe('seedAssessment with no inspections, reviews, requests or surveys seeded', () => {
  it('computes last year’s and this year’s cycles over every active official, with outcomes and a published distribution', () => {
    const cycles = db().select().from(s.assessmentCycles).orderBy(s.assessmentCycles.year).all();
    expect(cycles.map((c) => [c.year, c.status])).toEqual([
      [2025, 'closed'],
      [2026, 'computed'],
    ]);
    const officials = db().select().from(s.officials).where(eq(s.officials.active, true)).all().length;
    for (const c of cycles) {
      const snapshot = db().select().from(s.scoreSnapshots).where(eq(s.scoreSnapshots.cycleId, c.id)).get()!;
      expect(snapshot.officialsScored).toBe(officials);
      const excellent = db()
        .select()
        .from(s.officialScores)
        .where(eq(s.officialScores.snapshotId, snapshot.id))
        .all()
        .filter((r) => r.grade === 'excellent').length;
      expect(excellent).toBeLessThanOrEqual(Math.floor(officials * 0.15));
    }
    expect(db().select().from(s.outcomes).all()).toHaveLength(5);
    expect(cycles[1]!.publicItems).toEqual(['gradeDistribution']);
    const vetoed = db().select().from(s.officialScores).where(eq(s.officialScores.vetoed, true)).all();
    expect(vetoed).toHaveLength(1);
    expect(vetoed[0]!.grade).not.toBe('excellent');
  });
});
