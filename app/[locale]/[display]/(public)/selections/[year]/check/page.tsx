import { getTranslations } from 'next-intl/server';
import { ArchiveCheck } from '@/components/election/archive-check';
import { Link } from '@/lib/i18n/navigation';
import { archiveCheckFacts } from '@/lib/election/voter-page';
import { selectionFromParams } from '@/lib/selection/page';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: (await getTranslations('archiveCheck'))('title', { title: selection.title }) };
}

/** Verifies the selection's whole public record in the reader's browser. */
export default async function ArchiveCheckPage({ params }: Props) {
  const selection = await selectionFromParams(params);
  const t = await getTranslations('archiveCheck');
  const facts = archiveCheckFacts(selection.id);
  return (
    <div className="space-y-6 max-w-3xl">
      <p>
        <Link href={`/selections/${selection.year}`}>← {selection.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title', { title: selection.title })}</h1>
      {facts ? (
        <>
          <p className="text-lg">{t('intro')}</p>
          <ArchiveCheck year={selection.year} uuid={facts.uuid} candidates={facts.names} />
        </>
      ) : (
        <p className="notice-info">{(await getTranslations('ballotBox'))('notEncrypted')}</p>
      )}
    </div>
  );
}
