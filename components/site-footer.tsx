import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="mt-12 border-t border-[var(--color-line)] bg-[var(--color-wash)]">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-[var(--color-muted)] space-y-2">
        <p>{t('motto')}</p>
        <p>{t('privacy')}</p>
        <p>
          <Link href="/about">{t('about')}</Link> · <Link href="/assessment">{t('assessment')}</Link> ·{' '}
          <a href="/api/v1/openapi.json">{t('openData')}</a> · <a href="/api/health">{t('health')}</a>
        </p>
      </div>
    </footer>
  );
}
