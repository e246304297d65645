/**
 * Delays against the plan, pure. Milestones are planned and done on district days (YYYY-MM-DD);
 * a milestone done after its planned day is late by the calendar days between them, and one not done
 * by the end of its planned day is overdue by the days since. Calendar days, not working days: a
 * project's plan is published in calendar dates and residents read them so.
 */
export type MilestoneLike = { plannedOn: string; actualOn: string | null };
export type MilestoneState = 'on_time' | 'late' | 'overdue' | 'upcoming';

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export function milestoneState(m: MilestoneLike, today: string): MilestoneState {
  if (m.actualOn) return m.actualOn <= m.plannedOn ? 'on_time' : 'late';
  return today > m.plannedOn ? 'overdue' : 'upcoming';
}

/** Days behind the plan: how late it was done, or how long it has been overdue; 0 when on time or not yet due. */
export function daysLate(m: MilestoneLike, today: string): number {
  const state = milestoneState(m, today);
  if (state === 'late') return daysBetween(m.plannedOn, m.actualOn!);
  if (state === 'overdue') return daysBetween(m.plannedOn, today);
  return 0;
}

export type Delay = { delayed: boolean; daysLate: number; lateMilestones: number; dueMilestones: number; onTime: number };

/**
 * A project is delayed when a milestone is overdue now, or when it is finished later than planned, or
 * when it is not finished after its planned end. Milestones done late but caught up do not keep it delayed.
 */
export function projectDelay(
  project: { plannedEndOn: string; completedOn: string | null },
  milestones: MilestoneLike[],
  today: string,
): Delay {
  const states = milestones.map((m) => milestoneState(m, today));
  const overdue = milestones.filter((_, k) => states[k] === 'overdue');
  const end = { plannedOn: project.plannedEndOn, actualOn: project.completedOn };
  const endLate = daysLate(end, today);
  const worst = Math.max(endLate, ...overdue.map((m) => daysLate(m, today)), 0);
  return {
    delayed: overdue.length > 0 || endLate > 0,
    daysLate: worst,
    lateMilestones: states.filter((s) => s === 'late' || s === 'overdue').length,
    dueMilestones: states.filter((s) => s !== 'upcoming').length,
    onTime: states.filter((s) => s === 'on_time').length,
  };
}
