import { openText } from '@/lib/open-data';
import { publishedData } from '@/lib/selection/open-data';
import { tallyFile } from '@/lib/selection/tally';

export const dynamic = 'force-dynamic';

/** The tally file, byte for byte the one whose SHA-256 was published. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publishedData(request, params, 'tally');
  if ('response' in data) return data.response;
  const { selection, result, freshness } = data;
  return openText(tallyFile(selection.year, result.tally), 'application/json; charset=utf-8', freshness, `tally-${selection.year}.json`);
}
