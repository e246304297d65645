import { csv, openJson, openText } from '@/lib/open-data';
import { projectsPayload } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

const n = (v: string | null) => (v && /^\d{1,6}$/.test(v) ? Number(v) : undefined);
const statuses = ['planned', 'in_progress', 'completed', 'delayed'] as const;

/** Adopted projects, filtered by street, year and status; JSON or ?format=csv. */
export function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  const status = statuses.find((x) => x === q.get('status'));
  const projects = projectsPayload({ street: n(q.get('street')), year: n(q.get('year')), status });
  if (q.get('format') === 'csv') {
    const columns = [
      'id',
      'title',
      'year',
      'street',
      'community',
      'responsibleUnit',
      'budget',
      'status',
      'progress',
      'startsOn',
      'plannedEndOn',
      'completedOn',
      'delayed',
      'daysLate',
    ] as const;
    return openText(
      csv(
        [...columns],
        projects.map((p) => columns.map((c) => p[c])),
      ),
      'text/csv; charset=utf-8',
      { published: false },
      'projects.csv',
    );
  }
  return openJson({ projects }, { published: false });
}
