import { openJson } from '@/lib/open-data';
import { openApiDocument } from '@/lib/openapi';

export function GET() {
  return openJson(openApiDocument, { published: false });
}
