import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/ui/print-button';
import { formatCode } from '@/lib/selection/codes';
import { getReceipt } from '@/lib/selection/ballot-session';

export async function generateMetadata() {
  return { title: (await getTranslations('vote'))('receiptTitle'), robots: { index: false } };
}

export default async function ReceiptPage() {
  const receipt = await getReceipt();
  const t = await getTranslations('vote');
  if (!receipt) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">{t('receiptTitle')}</h1>
        <p className="text-lg">{t('noReceipt')}</p>
        <Link href="/vote">{t('startAgain')}</Link>
      </div>
    );
  }
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
      <p>{t('receiptSecret')}</p>
      <PrintButton label={t('print')} />
      <p>
        <Link href={`/selections/${receipt.year}`}>{t('backToSelection')}</Link>
      </p>
    </div>
  );
}
