/**
 * District time: the calendar and clock the district lives by (Asia/Shanghai, UTC+8 all year, no
 * daylight saving). Every "which day is it", "midnight of that day" and "this wall-clock time" goes
 * through here. No imports, so client components and scripts use it too.
 */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The district calendar day of an instant, as YYYY-MM-DD. */
export function districtDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The district's wall-clock time of an instant, as YYYY-MM-DDTHH:mm (what a datetime-local field shows). */
export function districtDateTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** Midnight at the start of a district day (YYYY-MM-DD), as an instant. */
export function startOfDistrictDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`));
}

/** A wall-clock time in the district ("2026-11-01T08:00", with or without seconds) as an instant; an explicit zone wins. */
export function districtInstant(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}+08:00`);
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The calendar day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Month and day of an instant in the district, without leading zeros ("12", "3"), for "12 月 3 日". */
export function districtMonthDay(at: Date): { month: string; day: string } {
  const [, month, day] = districtDay(at).split('-').map(Number);
  return { month: String(month), day: String(day) };
}

/** Saturday or Sunday, by the district calendar. */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}
