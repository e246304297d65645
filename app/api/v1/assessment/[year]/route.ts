import { createHash } from 'node:crypto';
import { publishedAssessment } from '@/lib/assessment/public';
import { notFound, notModified, openJson } from '@/lib/open-data';

export const dynamic = 'force-dynamic';

/** What organizers published of a year's assessment (grade distribution, excellent list); 404 otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  const cycles = Number.isInteger(year) && year >= 1988 && year <= 2100 ? publishedAssessment(year) : [];
  if (cycles.length === 0) return notFound('No published assessment for this year');
  const data = { year, cycles: cycles.map((c) => ({ ...c, publishedAt: c.publishedAt.toISOString() })) };
  const freshness = { published: true as const, etag: createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32) };
  return notModified(request, freshness) ?? openJson(data, freshness);
}
