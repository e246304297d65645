import { db } from '@/db';
import { iterateBallotLog } from '@/db/stream';
import { openText, streamLines } from '@/lib/open-data';
import { publishedData } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** The ballot log as NDJSON, streamed in its published shuffled order (the fingerprinted bytes). */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publishedData(request, params, 'ballots');
  if ('response' in data) return data.response;
  const { selection, freshness } = data;
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
