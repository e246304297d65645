import { getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { archiveChunks, archiveResponseStream } from '@/lib/election/archive-stream';
import { electionOf } from '@/lib/election/store';
import { notFound } from '@/lib/open-data';
import { publicSelection } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

/**
 * The Belenios event archive of an encrypted selection, streamed from its board at any time from
 * the frozen setup on; the guardians' partial decryptions and the result join it once published.
 * (Minimal handler from the voter side; the staff side may replace it.)
 */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const data = await publicSelection(params);
  if ('response' in data) return data.response;
  const election = data.selection.mode === 'encrypted' ? electionOf(db(), data.selection.id) : undefined;
  if (!election?.electionRaw) return notFound((await getTranslations('api'))('noSelection'));
  return new Response(archiveResponseStream(archiveChunks(db(), election, Boolean(data.result))), {
    headers: {
      'content-type': 'application/x-tar',
      'content-disposition': `attachment; filename="${election.uuid}.bel"`,
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    },
  });
}
