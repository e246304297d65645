import { getTranslations } from 'next-intl/server';
import type { Selection } from '@/db/schema';
import { barChartSvg } from '@/lib/charts/bar';
import type { Locale } from '@/lib/i18n/locales';
import { memo } from '@/lib/memo';
import type { getPublishedResult } from './results';

type Result = NonNullable<ReturnType<typeof getPublishedResult>>;

// A published chart changes only when the tally (and so its fingerprint) changes.
const charts = memo<string>();

/** The version of a published chart: its tally's fingerprint, in one language. */
export const chartVersion = (result: Result, locale: Locale) => `${result.fingerprints.tally.slice(0, 16)}.${locale}`;

/** The address of the published results' bar chart (an SVG file, so the page does not carry it twice). */
export const chartPath = (selection: Selection, result: Result, locale: Locale) =>
  `/api/v1/selections/${selection.year}/chart.svg?lang=${locale}&v=${chartVersion(result, locale)}`;

/** Every candidate's votes as bars, the winners in green, titled with the year. */
export async function resultsChart(selection: Selection, result: Result, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'results' });
  return charts(`${selection.id}:${chartVersion(result, locale)}`, () =>
    barChartSvg(
      result.tally.candidates.map((c) => ({ label: c.name, value: c.votes, highlight: c.winner })),
      { title: t('chartTitle', { year: selection.year }) },
    ),
  );
}
