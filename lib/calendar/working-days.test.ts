import { describe, expect, it } from 'vitest';
import { SCHEDULE } from './schedule-cn';
import { calendarKnown, calendarOf, daysBetween, isWorkingDay } from './working-days';

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), as printed:
 * 元旦 1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 * 春节 2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 * 清明节 4月4日（周六）至6日（周一）放假，共3天。
 * 劳动节 5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
 * 端午节 6月19日（周五）至21日（周日）放假，共3天。
 * 中秋节 9月25日（周五）至27日（周日）放假，共3天。
 * 国庆节 10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
 */
const notice2026 = {
  off: [
    ['2026-01-01', '2026-01-03', 3],
    ['2026-02-15', '2026-02-23', 9],
    ['2026-04-04', '2026-04-06', 3],
    ['2026-05-01', '2026-05-05', 5],
    ['2026-06-19', '2026-06-21', 3],
    ['2026-09-25', '2026-09-27', 3],
    ['2026-10-01', '2026-10-07', 7],
  ] as const,
  work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('the 2026 working-day calendar, day by day against the notice', () => {
  const off = new Set(notice2026.off.flatMap(([from, to]) => daysBetween(from, to)));
  const work = new Set(notice2026.work);

  it('the notice itself adds up: each span has the length it says, each make-up day is a weekend', () => {
    for (const [from, to, days] of notice2026.off) expect(daysBetween(from, to)).toHaveLength(days);
    for (const day of notice2026.work) expect([0, 6]).toContain(weekday(day));
  });

  it('every one of the 365 days is a working day exactly when the notice and the week say so', () => {
    const year = daysBetween('2026-01-01', '2026-12-31');
    expect(year).toHaveLength(365);
    const wrong = year.filter((day) => {
      const expected = work.has(day) || (!off.has(day) && weekday(day) !== 0 && weekday(day) !== 6);
      return isWorkingDay(day) !== expected;
    });
    expect(wrong).toEqual([]);
    // 261 weekdays, 19 of them holidays, 6 weekend days worked.
    expect(year.filter((day) => isWorkingDay(day))).toHaveLength(248);
  });

  it('names the days the old list missed: weekday holidays off, make-up weekends on', () => {
    for (const day of ['2026-01-02', '2026-02-23', '2026-05-04', '2026-05-05']) expect(isWorkingDay(day), day).toBe(false);
    for (const day of notice2026.work) expect(isWorkingDay(day), day).toBe(true);
    expect(isWorkingDay('2026-01-05')).toBe(true);
    expect(isWorkingDay('2026-01-03')).toBe(false);
  });
});

describe('2025 from its notice (2024-11-12)', () => {
  it('has 248 working days, with its 5 make-up days', () => {
    const year = daysBetween('2025-01-01', '2025-12-31');
    expect(year.filter((day) => isWorkingDay(day))).toHaveLength(248);
    expect(isWorkingDay('2025-01-26')).toBe(true);
    expect(isWorkingDay('2025-10-08')).toBe(false);
    expect(isWorkingDay('2025-10-11')).toBe(true);
  });
});

describe('a year without a published notice', () => {
  it('is not known, and counts Monday to Friday', () => {
    expect(calendarKnown('2026-06-01')).toBe(true);
    expect(calendarKnown('2027-01-01')).toBe(false);
    expect(isWorkingDay('2027-01-01')).toBe(true); // a Friday: no holiday can be assumed
    expect(isWorkingDay('2027-01-02')).toBe(false);
    expect(isWorkingDay('2027-01-04')).toBe(true);
  });

  it('an empty calendar knows no year and only weekends are off', () => {
    const none = calendarOf([]);
    expect(calendarKnown('2026-01-01', none)).toBe(false);
    expect(isWorkingDay('2026-01-02', none)).toBe(true);
    expect(isWorkingDay('2026-01-04', none)).toBe(false);
  });
});

describe('the schedule data', () => {
  it('has one entry per year, each citing its notice, with spans in its own year and in order', () => {
    expect(new Set(SCHEDULE.map((s) => s.year)).size).toBe(SCHEDULE.length);
    for (const entry of SCHEDULE) {
      expect(entry.notice.title).toContain(`${entry.year}年部分节假日安排的通知`);
      for (const h of entry.holidays) {
        expect(h.from <= h.to).toBe(true);
        expect(h.from.startsWith(String(entry.year))).toBe(true);
      }
      for (const day of entry.workdays) expect([0, 6]).toContain(weekday(day));
    }
  });
});
