import { getTranslations } from 'next-intl/server';
import { csvHeader } from '@/lib/csv-headers';
import { csv, notFound, openJson, openText } from '@/lib/open-data';
import { historyPayload, inputColumns } from '@/lib/ratings/open-data';
import { communityLabels } from '@/lib/surveys/queries';

export const dynamic = 'force-dynamic';

/** One community's published ratings, oldest first, each with its formula and inputs; JSON or ?format=csv. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  const community = communityLabels().find((c) => c.id === id);
  if (!community) return notFound((await getTranslations('ratings.public'))('noCommunity'));
  const history = historyPayload(id);
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    return openText(
      csv(
        csvHeader(['communityId', 'community', 'year', 'cycle', 'stars', 'score', ...inputColumns], new URL(request.url).searchParams.get('lang')),
        history.map((h) => [id, community.name, h.year, h.cycle, h.stars, h.score, ...inputColumns.map((k) => h.inputs[k])]),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      `community-${id}-ratings.csv`,
    );
  }
  return openJson({ id, name: community.name, street: community.street, ratings: history }, { published: false });
}
