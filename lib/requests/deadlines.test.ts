import { describe, expect, it } from 'vitest';
import { calendarOf } from '@/lib/calendar/working-days';
import { districtDay } from '@/lib/district-time';
import { provisionalYear, deadlinesFor, isWorkingDay, overdueOf, workingDeadline } from './deadlines';

const at = (iso: string) => new Date(`${iso}+08:00`);
const none = calendarOf([]);

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

  it('follows the official calendar: the Spring Festival runs to Monday 23 February, Saturday 28 February is worked', () => {
    // Filed Friday 13 Feb: Saturday 14 Feb is a make-up working day.
    expect(workingDeadline(at('2026-02-13T10:00:00'), 1)).toEqual(at('2026-02-15T00:00:00'));
    // Filed on Saturday 14 Feb: the holiday runs 15–23 Feb, so the next working day is Tuesday 24 Feb.
    expect(workingDeadline(at('2026-02-14T10:00:00'), 1)).toEqual(at('2026-02-25T00:00:00'));
    // 24, 25, 26, 27 and Saturday 28 Feb are five working days.
    expect(workingDeadline(at('2026-02-23T10:00:00'), 5)).toEqual(at('2026-03-01T00:00:00'));
    // New Year: 2 Jan is off, Sunday 4 Jan is worked.
    expect(workingDeadline(at('2025-12-31T10:00:00'), 1)).toEqual(at('2026-01-05T00:00:00'));
    // Labour Day: 4 and 5 May are off, Saturday 9 May is worked.
    expect(workingDeadline(at('2026-04-30T10:00:00'), 1)).toEqual(at('2026-05-07T00:00:00'));
    expect(workingDeadline(at('2026-05-08T10:00:00'), 1)).toEqual(at('2026-05-10T00:00:00'));
  });

  it('a deadline that runs into a year with no published calendar is marked provisional', () => {
    expect(provisionalYear(at('2026-12-30T10:00:00'), workingDeadline(at('2026-12-30T10:00:00'), 1))).toBe(null);
    const intoNext = workingDeadline(at('2026-12-30T10:00:00'), 3);
    expect(intoNext).toEqual(at('2027-01-05T00:00:00'));
    expect(provisionalYear(at('2026-12-30T10:00:00'), intoNext)).toBe(2027);
    expect(provisionalYear(at('2026-03-02T10:00:00'), at('2026-03-10T00:00:00'))).toBe(null);
    // A deadline at 24:00 on 31 December belongs to that day, not to the next year.
    expect(provisionalYear(at('2026-12-29T10:00:00'), at('2027-01-01T00:00:00'))).toBe(null);
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
    // The deadline is 24:00 of its day: that instant itself is still on time.
    expect(overdueOf(request, request.respondBy)).toBeNull();
    expect(overdueOf(request, at('2026-03-06T00:00:01'))).toBe('respond');
    const responded = { ...request, status: 'in_progress', respondedAt: at('2026-03-06T10:00:00') };
    expect(overdueOf(responded, at('2026-03-08T00:00:00'))).toBeNull();
    expect(overdueOf(responded, request.resolveBy)).toBeNull();
    expect(overdueOf(responded, at('2026-03-10T00:00:01'))).toBe('resolve');
  });

  it('a resolved or confirmed request is never overdue; a reopened one is', () => {
    const late = at('2026-04-01T00:00:00');
    expect(overdueOf({ ...request, status: 'resolved', respondedAt: late }, late)).toBeNull();
    expect(overdueOf({ ...request, status: 'confirmed', respondedAt: late }, late)).toBeNull();
    expect(overdueOf({ ...request, status: 'reopened', respondedAt: late }, late)).toBe('resolve');
  });
});
