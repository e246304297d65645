const DAY = 86_400_000;
const DISTRICT_OFFSET = 8 * 3_600_000; // UTC+8, no daylight saving

/** Today in the district (YYYY-MM-DD): "not in the future" means after this day. */
export function districtToday(at: Date): string {
  return new Date(at.getTime() + DISTRICT_OFFSET).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
