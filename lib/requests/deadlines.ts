/**
 * Working-day deadlines in district time (Asia/Shanghai, UTC+8 all year). Pure: the caller passes the
 * time from `lib/clock.ts now()`, so tests control it.
 */
import { addDays, districtDay, startOfDistrictDay } from '@/lib/district-time';
import { calendarKnown, OFFICIAL_CALENDAR, isWorkingDay, type WorkCalendar } from '@/lib/calendar/working-days';

export { isWorkingDay } from '@/lib/calendar/working-days';

/**
 * The end (24:00 district time) of the n-th working day after the day of `from`. A request filed on
 * Friday with one working day to respond is due by the end of Monday; one filed on Saturday, too.
 */
export function workingDeadline(from: Date, workingDays: number, calendar: WorkCalendar = OFFICIAL_CALENDAR): Date {
  let day = districtDay(from);
  let left = Math.max(1, Math.floor(workingDays));
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return startOfDistrictDay(addDays(day, 1));
}

export type Deadlines = { respondBy: Date; resolveBy: Date };

export function deadlinesFor(filedAt: Date, category: { respondDays: number; resolveDays: number }): Deadlines {
  return { respondBy: workingDeadline(filedAt, category.respondDays), resolveBy: workingDeadline(filedAt, category.resolveDays) };
}

/**
 * The first year a deadline is counted through whose official schedule is not known yet (it counted
 * weekends only, and the holidays may move it once the notice is out: pages say so beside it), or null.
 */
export function provisionalYear(filedAt: Date, deadline: Date, calendar: WorkCalendar = OFFICIAL_CALENDAR): number | null {
  const first = Number(districtDay(filedAt).slice(0, 4));
  const last = Number(districtDay(new Date(deadline.getTime() - 1)).slice(0, 4));
  for (let year = first; year <= last; year++) if (!calendarKnown(`${year}-01-01`, calendar)) return year;
  return null;
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
