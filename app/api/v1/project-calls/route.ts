import { openJson } from '@/lib/open-data';
import { callsPayload } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

export function GET() {
  return openJson({ calls: callsPayload() }, { published: false });
}
