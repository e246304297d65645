import { db } from '@/db';
import { iterateReceipts } from '@/db/stream';
import { openText, streamLines } from '@/lib/open-data';
import { publishedData } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** The sorted list of receipt hashes: a voter can find theirs without it saying anything of the choice. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publishedData(request, params, 'receipts');
  if ('response' in data) return data.response;
  const { selection, freshness } = data;
  return openText(
    streamLines(iterateReceipts(db(), selection.id)),
    'text/plain; charset=utf-8',
    freshness,
    `receipts-${selection.year}.txt`,
  );
}
