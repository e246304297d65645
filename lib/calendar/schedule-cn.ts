/**
 * China's official holiday schedule (放假) and make-up working days (调休上班), one entry per year,
 * exactly as the State Council's General Office publishes it each autumn for the next year. Add a year
 * only from its notice, and cite it. A year that is not here is not known: deadlines in it count
 * Monday to Friday only, and the pages say so (see `calendarKnown`).
 */
export type YearSchedule = {
  year: number;
  /** The notice the dates are copied from. */
  notice: { title: string; date: string };
  /** Whole holiday spans as the notice gives them (weekends inside them included), first and last day. */
  holidays: readonly { name: string; from: string; to: string }[];
  /** Weekend days the notice makes working days. */
  workdays: readonly string[];
};

export const SCHEDULE: readonly YearSchedule[] = [
  {
    year: 2025,
    notice: { title: '国务院办公厅关于2025年部分节假日安排的通知', date: '2024-11-12' },
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    notice: { title: '国务院办公厅关于2026年部分节假日安排的通知', date: '2025-11-04' },
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
