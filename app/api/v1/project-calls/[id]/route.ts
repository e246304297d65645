import { getTranslations } from 'next-intl/server';
import { notFound, openJson } from '@/lib/open-data';
import { idParam } from '@/lib/projects/ids';
import { callPayload } from '@/lib/projects/open-data';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = callPayload(idParam((await params).id));
  if (!payload) return notFound((await getTranslations('projects'))('api.noCall'));
  return openJson(payload, { published: false });
}
