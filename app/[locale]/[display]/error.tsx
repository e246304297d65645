'use client';
import { Link } from '@/lib/i18n/navigation';
import { useTranslations } from 'next-intl';

/** Never shows the error itself: only a plain apology, a reference, and a way on. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('body')}</p>
      {error.digest && <p className="text-sm">{t('reference', { digest: error.digest })}</p>}
      <div className="flex gap-3">
        <button type="button" className="btn-primary" onClick={reset}>
          {t('retry')}
        </button>
        <Link href="/" className="btn-secondary">
          {t('home')}
        </Link>
      </div>
    </main>
  );
}
