import { csvHeader } from '@/lib/csv-headers';
import { csv, openJson, openText } from '@/lib/open-data';
import { communitiesPayload, inputColumns } from '@/lib/ratings/open-data';

export const dynamic = 'force-dynamic';

/** Every community with its latest published star rating and the inputs behind it; JSON or ?format=csv. */
export function GET(request: Request) {
  const data = communitiesPayload();
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    return openText(
      csv(
        csvHeader(['id', 'street', 'community', 'cycle', 'stars', 'previousStars', 'score', ...inputColumns], new URL(request.url).searchParams.get('lang')),
        data.communities.map((c) => [
          c.id,
          c.street,
          c.name,
          data.round?.name ?? '',
          c.stars,
          c.previousStars,
          c.score,
          ...inputColumns.map((k) => c.inputs?.[k]),
        ]),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      'communities.csv',
    );
  }
  return openJson(data, { published: false });
}
