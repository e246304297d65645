import 'server-only';
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { db } from '@/db';
import * as s from '@/db/schema';
import { gradeCounts } from './summary';

/** Years with something published, newest first: the public index's list. */
export function publishedAssessmentYears(): number[] {
  return db()
    .selectDistinct({ year: s.assessmentCycles.year })
    .from(s.assessmentCycles)
    .where(isNotNull(s.assessmentCycles.publishedAt))
    .orderBy(desc(s.assessmentCycles.year))
    .all()
    .map((r) => r.year)
    .filter((year) => publishedAssessment(year).length > 0);
}

/**
 * What organizers chose to publish for a year's cycles, from the snapshot pinned at publication, and nothing else: no composite, rank or
 * indicator score leaves through here. The excellent list carries names, units and positions only.
 */
export function publishedAssessment(year: number) {
  const cycles = db()
    .select()
    .from(s.assessmentCycles)
    .where(and(eq(s.assessmentCycles.year, year), isNotNull(s.assessmentCycles.publishedAt)))
    .orderBy(asc(s.assessmentCycles.id))
    .all()
    .filter((c) => c.publicItems.length > 0);
  return cycles.flatMap((cycle) => {
    // Exactly the snapshot that was published, never simply the latest computation.
    const snapshotId = cycle.publishedSnapshotId;
    if (snapshotId === null) return [];
    const rows = db()
      .select({
        grade: s.officialScores.grade,
        name: s.officials.name,
        position: s.officials.position,
        positionEn: s.officials.positionEn,
        unit: s.units.name,
        unitEn: s.units.nameEn,
        path: s.units.path,
        officialId: s.officials.id,
      })
      .from(s.officialScores)
      .innerJoin(s.officials, eq(s.officials.id, s.officialScores.officialId))
      .innerJoin(s.units, eq(s.units.id, s.officialScores.unitId))
      .where(eq(s.officialScores.snapshotId, snapshotId))
      .orderBy(asc(s.units.path), asc(s.officials.id))
      .all();
    return [
      {
        name: cycle.name,
        nameEn: cycle.nameEn,
        publishedAt: cycle.publishedAt!,
        distribution: cycle.publicItems.includes('gradeDistribution')
          ? gradeCounts(rows.map((r) => ({ ...r, composite: 0, unitPath: r.path })))
          : null,
        excellent: cycle.publicItems.includes('excellentList')
          ? rows
              .filter((r) => r.grade === 'excellent')
              .map(({ name, position, positionEn, unit, unitEn, officialId }) => ({ name, position, positionEn, unit, unitEn, officialId }))
          : null,
      },
    ];
  });
}
