import { addDays, isWeekend } from '@/lib/district-time';
import { SCHEDULE, type YearSchedule } from './schedule-cn';

/** A calendar of days off and make-up working days, by YYYY-MM-DD, for the years it knows. */
export type WorkCalendar = {
  years: ReadonlySet<number>;
  daysOff: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
};

/** Every day from `from` to `to`, both included (YYYY-MM-DD, calendar days, no time zone). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

export function calendarOf(schedule: readonly YearSchedule[]): WorkCalendar {
  return {
    years: new Set(schedule.map((s) => s.year)),
    daysOff: new Set(schedule.flatMap((s) => s.holidays.flatMap((h) => daysBetween(h.from, h.to)))),
    workdays: new Set(schedule.flatMap((s) => s.workdays)),
  };
}

export const OFFICIAL_CALENDAR: WorkCalendar = calendarOf(SCHEDULE);

/** Whether the official schedule of this day's year has been published and entered. */
export function calendarKnown(day: string, calendar: WorkCalendar = OFFICIAL_CALENDAR): boolean {
  return calendar.years.has(Number(day.slice(0, 4)));
}

/**
 * A working day is a weekday that is not a holiday, or a weekend day the notice makes a working day
 * (调休). In a year the calendar does not know, Monday to Friday.
 */
export function isWorkingDay(day: string, calendar: WorkCalendar = OFFICIAL_CALENDAR): boolean {
  if (calendar.workdays.has(day)) return true;
  return !isWeekend(day) && !calendar.daysOff.has(day);
}
