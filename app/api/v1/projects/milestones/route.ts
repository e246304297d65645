import { csv, openJson, openText } from '@/lib/open-data';
import { milestoneRowsAll } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  const milestones = milestoneRowsAll();
  if (new URL(request.url).searchParams.get('format') === 'csv') {
    const columns = ['projectId', 'project', 'year', 'milestone', 'plannedOn', 'actualOn'] as const;
    return openText(
      csv(
        [...columns],
        milestones.map((m) => columns.map((c) => m[c])),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      'project-milestones.csv',
    );
  }
  return openJson({ milestones }, { published: false });
}
