import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { iterateReceipts } from '@/db/stream';
import { notFound, notModified, openText, streamLines } from '@/lib/open-data';
import { publicSelection } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/** The sorted list of receipt hashes: a voter can find theirs without it saying anything of the choice. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const found = await publicSelection(params);
  if ('response' in found) return found.response;
  const { selection, result } = found;
  if (!result) return notFound((await getTranslations('api'))('notPublished'));
  const freshness = { published: true as const, etag: result.fingerprints.receipts };
  return (
    notModified(request, freshness) ??
    openText(streamLines(iterateReceipts(db(), selection.id)), 'text/plain; charset=utf-8', freshness, `receipts-${selection.year}.txt`)
  );
}
