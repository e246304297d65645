import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listOfficials } from '@/lib/officials/queries';
import { unitOptions } from '@/lib/units/options';

type Search = { q?: string; unit?: string; page?: string; saved?: string };

export async function generateMetadata() {
  return { title: (await getTranslations('staff.officials'))('title') };
}

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('officials.read', '/staff/officials');
  const [sp, t] = await Promise.all([searchParams, getTranslations()]);
  const q = typeof sp.q === 'string' ? sp.q.slice(0, 40) : '';
  const unitId = Number(sp.unit) || undefined;
  const page = Number(sp.page) || 1;
  const list = listOfficials(actor, { q, unitId, page });
  const units = unitOptions(actor);
  const link = (p: number) =>
    `/staff/officials?${new URLSearchParams({ ...(q && { q }), ...(unitId && { unit: String(unitId) }), page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('staff.officials.title')}</h1>
        {can(actor.role, 'officials.write') && (
          <Link href="/staff/officials/new" className="btn-primary">
            {t('staff.officials.new')}
          </Link>
        )}
      </div>
      {sp.saved && <p className="notice-success">✓ {t('common.saved')}</p>}
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="field mb-0">
          <label htmlFor="q">{t('common.search')}</label>
          <input id="q" name="q" defaultValue={q} placeholder={t('staff.officials.searchHint')} />
        </div>
        <div className="field mb-0">
          <label htmlFor="unit">{t('staff.officials.unit')}</label>
          <select id="unit" name="unit" defaultValue={unitId ?? ''}>
            <option value="">{t('common.all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t('common.filter')}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('staff.officials.caption', { count: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.officials.name')}</th>
              <th scope="col">{t('staff.officials.unit')}</th>
              <th scope="col">{t('staff.officials.position')}</th>
              <th scope="col">{t('staff.officials.grade')}</th>
              <th scope="col">{t('common.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link href={`/staff/officials/${o.id}`}>{o.name}</Link>
                </td>
                <td>{o.unitName}</td>
                <td>{o.position}</td>
                <td>{t(`grades.${o.grade}`)}</td>
                <td>
                  {o.active ? (
                    <span className="tag tag-on">{t('common.active')}</span>
                  ) : (
                    <span className="tag tag-off">{t('common.inactive')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('common.pagination')} className="flex gap-4 items-center">
        {list.page > 1 && <Link href={link(list.page - 1)}>{t('common.prev')}</Link>}
        <span>{t('common.pageOf', { page: list.page, pages: list.pages })}</span>
        {list.page < list.pages && <Link href={link(list.page + 1)}>{t('common.next')}</Link>}
      </nav>
    </div>
  );
}
