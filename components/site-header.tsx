import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { PreferenceBar } from './preference-bar';

const links = [
  ['/', 'nav.home'],
  ['/vote', 'nav.vote'],
  ['/requests', 'requests.nav'],
  ['/projects', 'projects.nav'],
  ['/communities', 'nav.communities'],
  ['/survey', 'nav.survey'],
  ['/selections', 'nav.selections'],
  ['/hall-of-fame', 'nav.hallOfFame'],
  ['/about', 'nav.about'],
  ['/staff', 'nav.staff'],
] as const;

export async function SiteHeader() {
  const t = await getTranslations();
  const items = links.map(([href, key]) => (
    <li key={href}>
      <Link href={href}>{t(key)}</Link>
    </li>
  ));
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
        <ul className="nav-list flex flex-wrap gap-x-5 gap-y-1 text-base">{items}</ul>
        {/* In elders' mode on a phone the links are finger-sized, so they fold into a menu (no JavaScript needed). */}
        <details className="nav-menu">
          <summary className="btn-secondary">{t('nav.menu')}</summary>
          <ul className="grid grid-cols-2 gap-2 pt-2">{items}</ul>
        </details>
      </nav>
    </header>
  );
}
