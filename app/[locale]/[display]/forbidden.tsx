import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('body')}</p>
      <p>
        <Link href="/staff" className="btn-secondary">
          {t('back')}
        </Link>
      </p>
    </main>
  );
}
