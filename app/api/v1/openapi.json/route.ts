import { publicUrl } from '@/lib/env';
import { openJson } from '@/lib/open-data';
import { openApiDocument } from '@/lib/openapi';

// Read per request: the server address is the configured PUBLIC_URL, which a build does not know.
export const dynamic = 'force-dynamic';

export function GET() {
  return openJson({ ...openApiDocument, servers: [{ url: publicUrl() }] }, { published: false });
}
