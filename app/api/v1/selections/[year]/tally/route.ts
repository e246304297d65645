import { getTranslations } from 'next-intl/server';
import { notFound, notModified, openText } from '@/lib/open-data';
import { publicSelection } from '@/lib/selection/open-data';
import { tallyFile } from '@/lib/selection/tally';

export const dynamic = 'force-dynamic';

/** The tally file, byte for byte the one whose SHA-256 was published. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const found = await publicSelection(params);
  if ('response' in found) return found.response;
  const { selection, result } = found;
  if (!result) return notFound((await getTranslations('api'))('notPublished'));
  const freshness = { published: true as const, etag: result.fingerprints.tally };
  return (
    notModified(request, freshness) ??
    openText(tallyFile(selection.year, result.tally), 'application/json; charset=utf-8', freshness, `tally-${selection.year}.json`)
  );
}
