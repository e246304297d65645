import { openJson } from '@/lib/open-data';
import { selectionIndex } from '@/lib/selection/open-data';

export const dynamic = 'force-dynamic';

export function GET() {
  return openJson({ selections: selectionIndex() }, { published: false });
}
