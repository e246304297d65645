import { describe, expect, it } from 'vitest';
import { addDays, districtDay, isIsoDay } from '@/lib/district-time';
import { checkInspection } from './rules';

const base = { methods: ['look'], startsOn: '2026-03-02', endsOn: '2026-03-04', officialIds: ['7'], ratings: ['4'], recommendations: [] };

describe('inspection rules', () => {
  it('accepts a plain inspection and drops blank rows', () => {
    const check = checkInspection(
      { ...base, officialIds: ['7', '', '9'], ratings: ['4', '', '5'], recommendations: ['增配人员', ''] },
      '2026-03-04',
    );
    expect(check).toEqual({
      ok: true,
      methods: ['look'],
      officials: [
        { officialId: 7, rating: 4 },
        { officialId: 9, rating: 5 },
      ],
      recommendations: ['增配人员'],
    });
  });

  it('refuses an end before the start, and dates after today', () => {
    expect(checkInspection({ ...base, endsOn: '2026-03-01' }, '2026-03-10')).toMatchObject({
      ok: false,
      problem: 'inspections.problems.endBeforeStart',
      fieldErrors: { endsOn: ['field.invalid'] },
    });
    expect(checkInspection(base, '2026-03-03')).toMatchObject({ ok: false, problem: 'inspections.problems.future' });
  });

  it('refuses missing, repeated and out-of-range ratings, and an inspection of nobody', () => {
    expect(checkInspection({ ...base, ratings: ['6'] }, '2026-04-01')).toMatchObject({ ok: false, problem: 'inspections.problems.rating' });
    expect(checkInspection({ ...base, ratings: [''] }, '2026-04-01')).toMatchObject({ ok: false, problem: 'inspections.problems.rating' });
    expect(checkInspection({ ...base, officialIds: ['7', '7'], ratings: ['4', '3'] }, '2026-04-01')).toMatchObject({
      ok: false,
      fieldErrors: { 'officials.1': ['field.invalid'] },
    });
    expect(checkInspection({ ...base, officialIds: [''], ratings: ['3'] }, '2026-04-01')).toMatchObject({
      problem: 'inspections.problems.officialMissing',
    });
    expect(checkInspection({ ...base, officialIds: [], ratings: [] }, '2026-04-01')).toMatchObject({
      problem: 'inspections.problems.noOfficials',
    });
  });

  it('reads days in the district (UTC+8) and refuses impossible dates', () => {
    expect(districtDay(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
