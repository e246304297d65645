import type { createFormatter } from 'next-intl';

type Formatter = ReturnType<typeof createFormatter>;

/**
 * The number shapes the pages show, through next-intl's formatter so that they follow the page's
 * language (grouping, percent sign, decimal mark); a missing value is a dash in every language.
 */
export function numberFormats(format: Formatter) {
  const fixed = (x: number | null | undefined, digits = 2) =>
    x === null || x === undefined ? '—' : format.number(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return {
    /** 1234 → "1,234" */
    count: (x: number | null | undefined) => (x === null || x === undefined ? '—' : format.number(x)),
    fixed,
    /** 0.123 → "12.3%" */
    percent: (x: number | null | undefined, digits = 1) =>
      x === null || x === undefined
        ? '—'
        : format.number(x, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
    /** ± a margin in points */
    margin: (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : `±${fixed(x, digits)}`),
  };
}
