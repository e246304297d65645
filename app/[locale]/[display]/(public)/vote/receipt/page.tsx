import { Link } from '@/lib/i18n/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { publicUrl } from '@/lib/env';
import { formatDateTime } from '@/lib/selection/dates';
import { getSelectionByYear } from '@/lib/selection/queries';
import { PrintButton } from '@/components/ui/print-button';
import { formatCode } from '@/lib/selection/codes';
import { getReceipt } from '@/lib/selection/ballot-session';
import { TrackerReceipt } from '@/components/vote/tracker-receipt';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('receiptTitle'), robots: { index: false } };
}

export default async function ReceiptPage() {
  const [receipt, t, locale] = await Promise.all([getReceipt(), getTranslations('vote'), getLocale()]);
  const selection = receipt ? getSelectionByYear(receipt.year) : undefined;
  if (!receipt) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('receiptTitle')}</h1>
        <p className="text-lg">{t('noReceipt')}</p>
        <Link href="/vote">{t('startAgain')}</Link>
      </div>
    );
  }
  if (selection?.mode === 'encrypted') return <TrackerReceipt year={receipt.year} tracker={receipt.trackingCode} />;
  return (
    <div className="space-y-6 max-w-xl">
      <p className="notice-success text-xl font-bold" role="status">
        ✓ {t('counted')}
      </p>
      <h1 className="text-3xl font-bold">{t('receiptTitle')}</h1>
      <p className="text-lg">{t('receiptIntro')}</p>
      <p className="receipt-code" data-testid="tracking-code">
        {formatCode(receipt.trackingCode)}
      </p>
      <div className="notice-info space-y-1" data-testid="verify-how">
        <p>{selection ? t('verifyFrom', { closes: formatDateTime(selection.votingClosesAt, locale) }) : null}</p>
        <p>
          <Link href={`/selections/${receipt.year}/verify`}>{t('verifyLink')}</Link>
        </p>
        <p className="text-sm">
          {t('verifyAddress')} <span className="code-text">{`${publicUrl()}/selections/${receipt.year}/verify`}</span>
        </p>
      </div>
      <p>{t('receiptSecret')}</p>
      <PrintButton label={t('print')} />
      <p>
        <Link href={`/selections/${receipt.year}`}>{t('backToSelection')}</Link>
      </p>
    </div>
  );
}
