import { toLocale } from '@/lib/i18n/locales';
import { notModified, openText } from '@/lib/open-data';
import { chartVersion, resultsChart } from '@/lib/selection/chart';
import { publishedData } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** The published results' bar chart, as the results page shows it (`?lang=en` for English). */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publishedData(request, params, 'tally');
  if ('response' in data) return data.response;
  const { selection, result } = data;
  const locale = toLocale(new URL(request.url).searchParams.get('lang'));
  const freshness = { published: true as const, etag: chartVersion(result, locale) };
  return (
    notModified(request, freshness) ?? openText(await resultsChart(selection, result, locale), 'image/svg+xml; charset=utf-8', freshness)
  );
}
