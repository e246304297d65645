import { Link } from '@/lib/i18n/navigation';
import { LocalText } from '@/components/ui/local-text';
import { getTranslations } from 'next-intl/server';
import { Recount } from '@/components/selection/recount';
import { EncryptedCheck } from '@/components/election/encrypted-check';
import { selectionFromParams } from '@/lib/selection/page';
import { getPublishedResult } from '@/lib/selection/results';

export { onFirstRequest as generateStaticParams } from '@/lib/static-pages';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  const selection = await selectionFromParams(params);
  return { title: `${(await getTranslations('recount'))('title')} · ${selection.title}` };
}

export default async function RecountPage({ params }: Props) {
  const selection = await selectionFromParams(params);
  const t = await getTranslations('recount');
  const result = getPublishedResult(selection.id);
  return (
    <div className="space-y-6 max-w-3xl">
      <p>
        <Link href={`/selections/${selection.year}`}>
          ← <LocalText zh={selection.title} en={selection.titleEn} />
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {selection.mode === 'encrypted' ? (
        <EncryptedCheck year={selection.year} published={Boolean(result)} />
      ) : result ? (
        <>
          <p>{t('intro')}</p>
          <p className="text-sm">{t('cli')}</p>
          {/* Wraps rather than scrolls: a scrolling box would need to be focusable to be read by keyboard. */}
          <pre className="bg-[var(--color-wash)] p-3 whitespace-pre-wrap break-all text-sm">
            npm run cli -- recount ballots.ndjson --selection {selection.year}
          </pre>
          <Recount year={selection.year} fingerprint={result.fingerprints.ballots} />
        </>
      ) : (
        <p className="notice-info">{t('notPublished')}</p>
      )}
    </div>
  );
}
