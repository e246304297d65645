import { getTranslations } from 'next-intl/server';
import { ReviewCodeForm } from '@/components/inspections/review-code-form';

export async function generateMetadata() {
  return { title: (await getTranslations('reviewForm'))('title'), robots: { index: false } };
}

export default async function ReviewCodePage() {
  const t = await getTranslations('reviewForm');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('intro')}</p>
      <ReviewCodeForm />
    </div>
  );
}
