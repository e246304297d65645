import { openJson } from '@/lib/open-data';
import { publicSelection, selectionDetail } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const found = await publicSelection(params);
  if ('response' in found) return found.response;
  return openJson(selectionDetail(found.selection.id), { published: false });
}
