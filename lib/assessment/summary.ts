/** What the dashboards show, computed from score rows alone (pure, tested). */
import { reviewGrades, type ReviewGrade } from '@/db/schema';

type Row = { officialId: number; composite: number; grade: ReviewGrade; unitPath: string };

export function gradeCounts(rows: Row[]): Record<ReviewGrade, number> {
  const counts = Object.fromEntries(reviewGrades.map((g) => [g, 0])) as Record<ReviewGrade, number>;
  for (const r of rows) counts[r.grade]++;
  return counts;
}

/** Composites in 10-point bands, lowest band "<50" so a long empty tail does not fill the chart. */
export function scoreBands(rows: Row[]): { label: string; count: number }[] {
  const bands = [{ label: '<50', from: -Infinity, to: 50 }];
  for (let from = 50; from < 100; from += 10) bands.push({ label: `${from}–${from + 10}`, from, to: from === 90 ? Infinity : from + 10 });
  return bands.map((b) => ({ label: b.label, count: rows.filter((r) => r.composite >= b.from && r.composite < b.to).length }));
}

export type Change<T> = T & { previous: number; delta: number };

/** Change of each official's composite since the previous cycle, largest rises first; only officials in both. */
export function changes<T extends Row>(rows: T[], previous: Map<number, { composite: number }>): Change<T>[] {
  return rows
    .filter((r) => previous.has(r.officialId))
    .map((r) => {
      const before = previous.get(r.officialId)!.composite;
      return { ...r, previous: before, delta: Math.round((r.composite - before) * 100) / 100 };
    })
    .sort((a, b) => b.delta - a.delta || a.officialId - b.officialId);
}

/** Mean composite per child unit (by path prefix), for the per-unit view. */
export function meanByUnit(rows: Row[], unitsList: { id: number; name: string; path: string }[]) {
  return unitsList
    .map((u) => {
      const inside = rows.filter((r) => r.unitPath.startsWith(u.path));
      const mean = inside.length ? inside.reduce((s, r) => s + r.composite, 0) / inside.length : null;
      return { ...u, officials: inside.length, mean: mean === null ? null : Math.round(mean * 100) / 100 };
    })
    .filter((u) => u.officials > 0);
}
