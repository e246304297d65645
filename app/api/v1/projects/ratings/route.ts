import { csv, openJson, openText } from '@/lib/open-data';
import { ratingRowsAll } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const ratings = ratingRowsAll();
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    return openText(
      csv(
        ['projectId', 'project', 'year', 'completedOn', 'households', 'ratings', 'mean', 'score1', 'score2', 'score3', 'score4', 'score5'],
        ratings.map((r) => [r.projectId, r.project, r.year, r.completedOn, r.households, r.ratings, r.mean, ...r.counts]),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      'project-ratings.csv',
    );
  }
  return openJson({ ratings }, { published: false });
}
