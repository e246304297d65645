/**
 * Working-day deadlines in district time (Asia/Shanghai, UTC+8 all year). Pure: the caller passes the
 * time from `lib/clock.ts now()`, so tests control it.
 */
import { addDays, districtDay, isWeekend, startOfDistrictDay } from '@/lib/district-time';

/**
 * Public holidays on which no deadline runs (YYYY-MM-DD). Kept short and explicit: the State Council
 * publishes each year's list in December, and an operator adds it here.
 */
export const PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-06',
  '2026-05-01',
  '2026-06-19',
  '2026-09-25',
  '2026-10-01',
  '2026-10-02',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
  '2027-01-01',
]);

export function isWorkingDay(day: string, holidays: ReadonlySet<string> = PUBLIC_HOLIDAYS): boolean {
  return !isWeekend(day) && !holidays.has(day);
}

/**
 * The end (24:00 district time) of the n-th working day after the day of `from`. A request filed on
 * Friday with one working day to respond is due by the end of Monday; one filed on Saturday, too.
 */
export function workingDeadline(from: Date, workingDays: number, holidays: ReadonlySet<string> = PUBLIC_HOLIDAYS): Date {
  let day = districtDay(from);
  let left = Math.max(1, Math.floor(workingDays));
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return startOfDistrictDay(addDays(day, 1));
}

export type Deadlines = { respondBy: Date; resolveBy: Date };

export function deadlinesFor(filedAt: Date, category: { respondDays: number; resolveDays: number }): Deadlines {
  return { respondBy: workingDeadline(filedAt, category.respondDays), resolveBy: workingDeadline(filedAt, category.resolveDays) };
}

export type Overdue = 'respond' | 'resolve' | null;

type Timed = { status: string; respondBy: Date; resolveBy: Date; respondedAt: Date | null };

/** Which deadline a request has missed, as of `at`: a response first, then the resolution. */
export function overdueOf(request: Timed, at: Date): Overdue {
  if (request.status === 'resolved' || request.status === 'confirmed') return null;
  if (!request.respondedAt && at > request.respondBy) return 'respond';
  if (at > request.resolveBy) return 'resolve';
  return null;
}
