/** A period of district days, YYYY-MM-DD inclusive at both ends, as organizers write it. */
export type Period = { from: string; to: string };

import { addDays, startOfDistrictDay } from '@/lib/district-time';

/** The period as [start, end) in epoch milliseconds, in the district's time (UTC+8, no daylight saving). */
export function periodBounds({ from, to }: Period): { start: number; end: number } {
  return { start: startOfDistrictDay(from).getTime(), end: startOfDistrictDay(addDays(to, 1)).getTime() };
}
