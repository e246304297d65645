import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { iterateBallotLog } from '@/db/stream';
import { notFound, notModified, openText, streamLines } from '@/lib/open-data';
import { publicSelection } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** The ballot log as NDJSON, streamed in its published shuffled order (the fingerprinted bytes). */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const found = await publicSelection(params);
  if ('response' in found) return found.response;
  const { selection, result } = found;
  if (!result) return notFound((await getTranslations('api'))('notPublished'));
  const freshness = { published: true as const, etag: result.fingerprints.ballots };
  const unchanged = notModified(request, freshness);
  if (unchanged) return unchanged;
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    const lines = (function* () {
      yield '\uFEFFballot,choices';
      let n = 0;
      for (const line of iterateBallotLog(db(), selection.id))
        yield `${++n},"${(JSON.parse(line) as { choices: number[] }).choices.join(' ')}"`;
    })();
    return openText(streamLines(lines), 'text/csv; charset=utf-8', freshness, `ballots-${selection.year}.csv`);
  }
  return openText(
    streamLines(iterateBallotLog(db(), selection.id)),
    'application/x-ndjson; charset=utf-8',
    freshness,
    `ballots-${selection.year}.ndjson`,
  );
}
