/** A period of district days, YYYY-MM-DD inclusive at both ends, as organizers write it. */
export type Period = { from: string; to: string };

const DAY = 86_400_000;

/** The period as [start, end) in epoch milliseconds, in the district's time (UTC+8, no daylight saving). */
export function periodBounds({ from, to }: Period): { start: number; end: number } {
  return { start: Date.parse(`${from}T00:00:00+08:00`), end: Date.parse(`${to}T00:00:00+08:00`) + DAY };
}
