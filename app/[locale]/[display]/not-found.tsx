import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 space-y-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('body')}</p>
        <p>
          <Link href="/" className="btn-primary">
            {t('home')}
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
