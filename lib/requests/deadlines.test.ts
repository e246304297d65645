import { describe, expect, it } from 'vitest';
import { deadlinesFor, isWorkingDay, overdueOf, workingDeadline } from './deadlines';
import { districtDay } from '@/lib/district-time';

const at = (iso: string) => new Date(`${iso}+08:00`);
const none = new Set<string>();

describe('working-day deadlines (district time)', () => {
  it('counts the district day, not the UTC day', () => {
    // 2026-03-02 07:30 in the district is still 1 March in UTC.
    expect(districtDay(at('2026-03-02T07:30:00'))).toBe('2026-03-02');
    expect(districtDay(at('2026-03-01T23:59:59'))).toBe('2026-03-01');
  });

  it('skips weekends: filed on Friday or Saturday, one working day means the end of Monday', () => {
    expect(workingDeadline(at('2026-03-06T16:00:00'), 1, none)).toEqual(at('2026-03-10T00:00:00'));
    expect(workingDeadline(at('2026-03-07T10:00:00'), 1, none)).toEqual(at('2026-03-10T00:00:00'));
    expect(workingDeadline(at('2026-03-02T09:00:00'), 1, none)).toEqual(at('2026-03-04T00:00:00'));
  });

  it('skips public holidays, and five working days from Monday end on the next Monday', () => {
    expect(workingDeadline(at('2026-03-02T09:00:00'), 5, none)).toEqual(at('2026-03-10T00:00:00'));
    expect(workingDeadline(at('2026-09-30T09:00:00'), 1)).toEqual(at('2026-10-09T00:00:00'));
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-08')).toBe(true);
  });

  it('sets respond-by and resolve-by from the category at filing', () => {
    const d = deadlinesFor(at('2026-03-04T20:00:00'), { respondDays: 1, resolveDays: 3 });
    expect(d).toEqual({ respondBy: at('2026-03-06T00:00:00'), resolveBy: at('2026-03-10T00:00:00') });
  });
});

describe('overdue', () => {
  const request = { status: 'received', respondBy: at('2026-03-06T00:00:00'), resolveBy: at('2026-03-10T00:00:00'), respondedAt: null };

  it('is on time until the deadline passes, then late to respond, then late to resolve', () => {
    expect(overdueOf(request, at('2026-03-05T23:59:59'))).toBeNull();
    expect(overdueOf(request, at('2026-03-06T00:00:01'))).toBe('respond');
    const responded = { ...request, status: 'in_progress', respondedAt: at('2026-03-06T10:00:00') };
    expect(overdueOf(responded, at('2026-03-08T00:00:00'))).toBeNull();
    expect(overdueOf(responded, at('2026-03-10T00:00:01'))).toBe('resolve');
  });

  it('a resolved or confirmed request is never overdue; a reopened one is', () => {
    const late = at('2026-04-01T00:00:00');
    expect(overdueOf({ ...request, status: 'resolved', respondedAt: late }, late)).toBeNull();
    expect(overdueOf({ ...request, status: 'confirmed', respondedAt: late }, late)).toBeNull();
    expect(overdueOf({ ...request, status: 'reopened', respondedAt: late }, late)).toBe('resolve');
  });
});
