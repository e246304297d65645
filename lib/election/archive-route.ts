import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { selections } from '@/db/schema';
import { archiveChunks, archiveResponseStream } from './archive-stream';
import { electionOf } from './store';

const notFound = () => Response.json({ error: 'noArchive' }, { status: 404 });

/**
 * `GET /api/v1/selections/<year>/archive.bel`: the Belenios archive of an encrypted selection, from
 * the frozen setup on, streamed from the board. Public by design (it holds no choice); the guardians'
 * partial decryptions and the result are added at publication.
 */
export async function archiveResponse(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFound();
  const selection = db()
    .select()
    .from(selections)
    .where(eq(selections.year, Number(year)))
    .get();
  const election = selection && selection.mode === 'encrypted' ? electionOf(db(), selection.id) : undefined;
  if (!selection || !election || election.phase === 'keys' || election.phase === 'ready') return notFound();
  const published = selection.stage === 'published' || selection.stage === 'archived';
  return new Response(archiveResponseStream(archiveChunks(db(), election, published)), {
    headers: {
      'content-type': 'application/x-tar',
      'content-disposition': `attachment; filename="minping-${year}-${election.uuid}.bel"`,
      'cache-control': 'no-store',
    },
  });
}
