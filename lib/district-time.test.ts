import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, districtDateTime, districtDay, districtInstant, districtMonthDay, isIsoDay, startOfDistrictDay } from './district-time';

describe('district time (UTC+8)', () => {
  it('turns over at midnight in the district, not in UTC', () => {
    expect(districtDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(districtDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(startOfDistrictDay('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(districtMonthDay(new Date('2026-12-02T15:59:59Z'))).toEqual({ month: '12', day: '2' });
    expect(districtMonthDay(new Date('2026-12-31T16:00:00Z'))).toEqual({ month: '1', day: '1' });
  });

  it('reads and writes wall-clock times of the district', () => {
    expect(districtInstant('2026-11-01T08:00').toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(districtInstant('2026-11-01T08:00:00Z').toISOString()).toBe('2026-11-01T08:00:00.000Z');
    expect(districtDateTime(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01T08:00');
  });

  it('knows real calendar days', () => {
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('is the only place that knows the offset', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && p !== path.join('lib', 'district-time.ts')) {
          if (/\+08:00|8 \* 3_?600|T00:00:00\+08|'Asia\/Shanghai'/.test(fs.readFileSync(p, 'utf8'))) offenders.push(p);
        }
      }
    };
    ['lib', 'app', 'components'].forEach(walk);
    expect(offenders).toEqual([]);
  });
});
