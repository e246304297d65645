import { getTranslations } from 'next-intl/server';

export async function generateMetadata() {
  return { title: (await getTranslations('reviewForm'))('doneTitle'), robots: { index: false } };
}

export default async function ReviewDonePage() {
  const t = await getTranslations('reviewForm');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">✓ {t('doneTitle')}</h1>
      <p className="text-lg notice-success">{t('doneBody')}</p>
    </div>
  );
}
