import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requestStatuses } from '@/db/schema';
import { pageActor } from '@/lib/auth/page';
import { listCategories, listRequests } from '@/lib/requests/queries';
import { unitOptions } from '@/lib/units/options';
import { listUnits } from '@/lib/units/queries';

type Search = { status?: string; category?: string; community?: string; overdue?: string; page?: string };

export async function generateMetadata() {
  return { title: (await getTranslations('requests.staff'))('title') };
}

export default async function StaffRequestsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('requests.read', '/staff/requests');
  const [sp, t, format, locale] = await Promise.all([searchParams, getTranslations('requests'), getFormatter(), getLocale()]);
  const filter = {
    status: typeof sp.status === 'string' ? sp.status : undefined,
    category: Number(sp.category) || undefined,
    community: Number(sp.community) || undefined,
    overdue: sp.overdue === '1',
    page: Number(sp.page) || 1,
  };
  const list = listRequests(actor, filter);
  const communityIds = new Set(
    listUnits(actor)
      .filter((u) => u.kind === 'community')
      .map((u) => u.id),
  );
  const communities = unitOptions(actor).filter((u) => communityIds.has(u.id));
  const categories = listCategories();
  const params = (page: number) =>
    new URLSearchParams({
      ...(filter.status && { status: filter.status }),
      ...(filter.category && { category: String(filter.category) }),
      ...(filter.community && { community: String(filter.community) }),
      ...(filter.overdue && { overdue: '1' }),
      page: String(page),
    });
  const day = (d: Date) => format.dateTime(new Date(d.getTime() - 1), { month: 'numeric', day: 'numeric' });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('staff.title')}</h1>
        <Link href="/staff/requests/metrics">{t('metrics.title')}</Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="field mb-0">
          <label htmlFor="status">{t('fields.status')}</label>
          <select id="status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">{t('staff.all')}</option>
            {requestStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="category">{t('fields.category')}</label>
          <select id="category" name="category" defaultValue={filter.category ?? ''}>
            <option value="">{t('staff.all')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {locale === 'en' ? c.nameEn : c.nameZh}
              </option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="community">{t('fields.community')}</label>
          <select id="community" name="community" defaultValue={filter.community ?? ''}>
            <option value="">{t('staff.all')}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 min-h-11">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} /> {t('staff.overdueOnly')}
        </label>
        <button type="submit" className="btn-secondary">
          {t('staff.filter')}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('staff.caption', { count: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.number')}</th>
              <th scope="col">{t('fields.status')}</th>
              <th scope="col">{t('fields.category')}</th>
              <th scope="col">{t('fields.community')}</th>
              <th scope="col" className="hidden sm:table-cell">
                {t('fields.handledBy')}
              </th>
              <th scope="col" className="hidden sm:table-cell">
                {t('fields.filedAt')}
              </th>
              <th scope="col">{t('fields.resolveBy')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className={r.overdue ? 'text-[var(--color-accent)]' : undefined} data-overdue={r.overdue ?? undefined}>
                <td className="num">
                  <Link href={`/staff/requests/${r.id}`}>{r.number}</Link>
                </td>
                <td>
                  {t(`statuses.${r.status}`)}
                  {r.overdue && <span className="tag tag-off font-bold block w-max whitespace-nowrap">⚠ {t(`overdue.${r.overdue}`)}</span>}
                </td>
                <td>{locale === 'en' ? r.categoryEn : r.categoryZh}</td>
                <td>{r.communityName}</td>
                <td className="hidden sm:table-cell">{r.officialName ?? r.assignedUnitName ?? '—'}</td>
                <td className="num hidden sm:table-cell">
                  {format.dateTime(r.createdAt, { year: 'numeric', month: 'numeric', day: 'numeric' })}
                </td>
                <td className="num">{day(r.resolveBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('staff.pagination')} className="flex gap-4 items-center">
        {list.page > 1 && <Link href={`/staff/requests?${params(list.page - 1)}`}>{t('staff.prev')}</Link>}
        <span>{t('staff.pageOf', { page: list.page, pages: list.pages })}</span>
        {list.page < list.pages && <Link href={`/staff/requests?${params(list.page + 1)}`}>{t('staff.next')}</Link>}
      </nav>
    </div>
  );
}
