import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { PreferenceBar } from './preference-bar';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b-4 border-[var(--color-accent)] bg-white">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center justify-between gap-3">
        <Link href="/" className="no-underline text-[var(--color-ink)] flex items-baseline gap-2">
          <span className="text-2xl font-bold text-[var(--color-accent)]">{t('meta.short')}</span>
          <span className="text-base">{t('meta.tagline')}</span>
        </Link>
        <PreferenceBar />
      </div>
      <nav aria-label={t('nav.label')} className="mx-auto max-w-5xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
          <li>
            <Link href="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link href="/vote">{t('nav.vote')}</Link>
          </li>
          <li>
            <Link href="/requests">{t('requests.nav')}</Link>
          </li>
          <li>
            <Link href="/projects">{t('projects.nav')}</Link>
          </li>
          <li>
            <Link href="/communities">{t('nav.communities')}</Link>
          </li>
          <li>
            <Link href="/survey">{t('nav.survey')}</Link>
          </li>
          <li>
            <Link href="/selections">{t('nav.selections')}</Link>
          </li>
          <li>
            <Link href="/hall-of-fame">{t('nav.hallOfFame')}</Link>
          </li>
          <li>
            <Link href="/about">{t('nav.about')}</Link>
          </li>
          <li>
            <Link href="/staff">{t('nav.staff')}</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
