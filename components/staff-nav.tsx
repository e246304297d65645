import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { can, type Actor, type Permission } from '@/lib/auth/permissions';
import { signOutAction } from '@/lib/auth/actions';
import { PreferenceBar } from './preference-bar';

const links: { href: string; key: string; permission: Permission }[] = [
  { href: '/staff', key: 'dashboard', permission: 'dashboard.read' },
  { href: '/staff/units', key: 'units', permission: 'units.read' },
  { href: '/staff/officials', key: 'officials', permission: 'officials.read' },
  { href: '/staff/officials/import', key: 'import', permission: 'officials.import' },
  { href: '/staff/selections', key: 'selections', permission: 'selection.read' },
  { href: '/staff/honours', key: 'honours', permission: 'selection.manage' },
  { href: '/staff/kiosks', key: 'kiosks', permission: 'kiosks.manage' },
  { href: '/staff/night-talks', key: 'nightTalks', permission: 'nightTalks.read' },
  { href: '/staff/requests', key: 'requests', permission: 'requests.read' },
  { href: '/staff/surveys', key: 'surveys', permission: 'surveys.read' },
  { href: '/staff/ratings', key: 'ratings', permission: 'ratings.read' },
  { href: '/staff/inspections', key: 'inspections', permission: 'inspections.read' },
  { href: '/staff/reviews', key: 'reviews', permission: 'reviews.read' },
  { href: '/staff/assessment', key: 'assessment', permission: 'scores.read' },
  { href: '/staff/projects', key: 'projects', permission: 'projects.read' },
  { href: '/staff/accounts', key: 'accounts', permission: 'staff.read' },
  { href: '/staff/audit', key: 'audit', permission: 'audit.read' },
];

export async function StaffHeader({ actor, scopeName }: { actor: Actor; scopeName: string }) {
  const t = await getTranslations();
  return (
    <header className="border-b-4 border-[var(--color-accent)] bg-white">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <div className="mx-auto max-w-7xl px-4 py-2 flex flex-wrap items-center justify-between gap-3">
        <Link href="/staff" className="no-underline text-[var(--color-ink)]">
          <span className="text-xl font-bold text-[var(--color-accent)]">{t('meta.short')}</span> <span>{t('staff.title')}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span data-testid="who">
            {actor.displayName}（{t(`roles.${actor.role}`)} · {scopeName}）
          </span>
          <PreferenceBar />
          <form action={signOutAction}>
            <button type="submit" className="btn-secondary">
              {t('common.signOut')}
            </button>
          </form>
        </div>
      </div>
      <nav aria-label={t('staff.navLabel')} className="mx-auto max-w-7xl px-4 pb-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links
            .filter((l) => can(actor.role, l.permission))
            .map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{t(`staff.nav.${l.key}`)}</Link>
              </li>
            ))}
        </ul>
      </nav>
    </header>
  );
}
