import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { publicUrl } from '@/lib/env';
import { PrintButton } from '@/components/ui/print-button';

/** The receipt of an encrypted selection: the ballot's tracking code, findable at once in the public ballot box. */
export async function TrackerReceipt({ year, tracker }: { year: number; tracker: string }) {
  const t = await getTranslations('vote');
  const box = `/selections/${year}/ballots?q=${encodeURIComponent(tracker)}`;
  return (
    <div className="space-y-6 max-w-xl">
      <p className="notice-success text-xl font-bold" role="status">
        ✓ {t('counted')}
      </p>
      <h1 className="text-3xl font-bold">{t('trackerTitle')}</h1>
      <p className="text-lg">{t('trackerIntro')}</p>
      <p className="long-code text-2xl font-bold" data-testid="tracking-code">
        {tracker}
      </p>
      <div className="notice-info space-y-1" data-testid="verify-how">
        <p>
          <Link href={box}>{t('trackerLink')}</Link>
        </p>
        <p className="text-sm">
          {t('verifyAddress')} <span className="long-code">{`${publicUrl()}/selections/${year}/ballots`}</span>
        </p>
      </div>
      <p>{t('trackerSecret')}</p>
      <PrintButton label={t('print')} />
      <p>
        <Link href={`/selections/${year}`}>{t('backToSelection')}</Link>
      </p>
    </div>
  );
}
