import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { listStaff } from '@/lib/staff/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('staff.accounts'))('title') };
}

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const actor = await pageActor('staff.read', '/staff/accounts');
  const [sp, t] = await Promise.all([searchParams, getTranslations()]);
  const rows = listStaff(actor);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('staff.accounts.title')}</h1>
        <Link href="/staff/accounts/new" className="btn-primary">
          {t('staff.accounts.new')}
        </Link>
      </div>
      {sp.saved && <p className="notice-success">✓ {t('common.saved')}</p>}
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('staff.accounts.username')}</th>
              <th scope="col">{t('staff.accounts.displayName')}</th>
              <th scope="col">{t('staff.accounts.role')}</th>
              <th scope="col">{t('staff.accounts.scope')}</th>
              <th scope="col">{t('common.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/staff/accounts/${a.id}`}>{a.username}</Link>
                </td>
                <td>{a.displayName}</td>
                <td>{t(`roles.${a.role}`)}</td>
                <td>{a.unitName ?? t('staff.wholeDistrict')}</td>
                <td>
                  {a.disabled ? (
                    <span className="tag tag-off">{t('staff.accounts.disabled')}</span>
                  ) : (
                    <span className="tag tag-on">{t('staff.accounts.enabled')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
