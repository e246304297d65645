import { getTranslations } from 'next-intl/server';
import { notFound } from '@/lib/open-data';
import { sampleFile } from '@/lib/surveys/queries';

export const dynamic = 'force-dynamic';

/** The register hashes and the drawn sample, for anyone to re-derive once the seed is revealed. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const file = sampleFile(Number((await params).id));
  if (!file) return notFound((await getTranslations('survey.sampling'))('noSample'));
  return new Response(JSON.stringify(file), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="sample-${file.survey.id}.json"`,
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
    },
  });
}
