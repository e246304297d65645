import { getTranslations } from 'next-intl/server';
import { allTrackers } from '@/lib/election/ballot-box';
import { notFound, openText, streamLines } from '@/lib/open-data';
import { publicSelection } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/**
 * The ballot box of an encrypted selection as NDJSON, from the first vote on: one line per accepted
 * ballot, `{"tracker":…,"origin":"device"|"kiosk"|"server"}`, in the order accepted. No counts.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publicSelection(params);
  if ('response' in data) return data.response;
  if (data.selection.mode !== 'encrypted') return notFound((await getTranslations('api'))('noSelection'));
  const lines = (function* () {
    for (const row of allTrackers(data.selection.id)) yield JSON.stringify(row);
  })();
  return openText(streamLines(lines), 'application/x-ndjson; charset=utf-8', { published: false });
}
