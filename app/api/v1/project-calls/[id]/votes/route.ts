import { getTranslations } from 'next-intl/server';
import { csv, notFound, openJson, openText } from '@/lib/open-data';
import { idParam } from '@/lib/projects/ids';
import { deputyVoteRows } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

/** Each deputy's vote by name, published with the result (nothing before the decision). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const votes = deputyVoteRows(id);
  if (!votes) return notFound((await getTranslations('projects'))('api.notDecided'));
  if (new URL(request.url).searchParams.get('format') === 'csv')
    return openText(
      csv(
        ['deputy', 'proposalId', 'project', 'choice'],
        votes.map((v) => [v.deputy, v.proposalId, v.project, v.choice]),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      `call-${id}-votes.csv`,
    );
  return openJson({ votes }, { published: false });
}
