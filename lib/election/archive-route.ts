import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { projectCalls, selections, type Election } from '@/db/schema';
import { archiveChunks, archiveResponseStream } from './archive-stream';
import { electionOf, electionOfCall } from './store';

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
  return archive(election, published, `minping-${year}-${election.uuid}.bel`);
}

const archive = (election: Election, published: boolean, filename: string) =>
  new Response(archiveResponseStream(archiveChunks(db(), election, published)), {
    headers: {
      'content-type': 'application/x-tar',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });

/**
 * `GET /api/v1/projects/calls/<id>/archive.bel`: the same for a call's residents' vote; the partial
 * decryptions and the result join it when the call's result is published.
 */
export async function callArchiveResponse(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFound();
  const call = db()
    .select()
    .from(projectCalls)
    .where(eq(projectCalls.id, Number(id)))
    .get();
  const election = call ? electionOfCall(db(), call.id) : undefined;
  if (!call || !election || election.phase === 'keys' || election.phase === 'ready') return notFound();
  return archive(election, call.stage === 'decided', `minping-call-${call.id}-${election.uuid}.bel`);
}
