import { openJson } from '@/lib/open-data';
import { openApiDocument } from '@/lib/openapi';

// The same document for everyone: prerendered at build time.
export const dynamic = 'force-static';

export function GET() {
  return openJson(openApiDocument, { published: false });
}
