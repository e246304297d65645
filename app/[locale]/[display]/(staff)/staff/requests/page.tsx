import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { requestStatuses } from '@/db/schema';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { filterQuery, parseFilter, type RequestFilter } from '@/lib/requests/filters';
import { filterNames, listCategories, listRequests } from '@/lib/requests/queries';
import { unitOptions } from '@/lib/units/options';
import { listUnits } from '@/lib/units/queries';

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations('requests.staff'))('title') };
}

export default async function StaffRequestsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('requests.read', '/staff/requests');
  const [sp, t, format, locale] = await Promise.all([searchParams, getTranslations('requests'), getFormatter(), getLocale()]);
  const filter = parseFilter(sp);
  const list = listRequests(actor, filter);
  const names = filterNames(actor, filter);
  const thisYear = Number(districtDay(now()).slice(0, 4));
  // Filters set by a link (from the metrics or the assessment) show as chips, each removable on its own.
  const chips: { key: keyof RequestFilter; label: string }[] = [
    filter.official !== undefined && {
      key: 'official' as const,
      label: t('staff.byOfficial', { name: names.official ?? `#${filter.official}` }),
    },
    filter.unit !== undefined && { key: 'unit' as const, label: t('staff.byUnit', { name: names.unit ?? `#${filter.unit}` }) },
    filter.outcome !== undefined && { key: 'outcome' as const, label: t(`outcomes.${filter.outcome}`) },
  ].filter((c) => c !== false);
  const communityIds = new Set(
    listUnits(actor)
      .filter((u) => u.kind === 'community')
      .map((u) => u.id),
  );
  const communities = unitOptions(actor).filter((u) => communityIds.has(u.id));
  const categories = listCategories();
  // A deadline is the end of its day: one millisecond earlier names the day itself. Always with the year.
  const day = (d: Date) => format.dateTime(new Date(d.getTime() - 1), { dateStyle: 'medium' });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('staff.title')}</h1>
        <p className="flex flex-wrap gap-4">
          {can(actor.role, 'requests.manage') && <Link href="/staff/requests/new">{t('record.link')}</Link>}
          <Link href="/staff/requests/metrics">{t('metrics.title')}</Link>
        </p>
      </div>
      {chips.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t('staff.activeFilters')} data-testid="active-filters">
          {chips.map((c) => (
            <li key={c.key} className="tag flex items-center gap-2 min-h-11 px-3">
              <span>{c.label}</span>
              <Link
                href={`/staff/requests${filterQuery(filter, { [c.key]: undefined, page: undefined })}`}
                aria-label={t('staff.clearFilter', { label: c.label })}
                className="no-underline font-bold px-1"
              >
                ✕
              </Link>
            </li>
          ))}
        </ul>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        {chips.map((c) => (
          <input key={c.key} type="hidden" name={c.key} value={String(filter[c.key])} />
        ))}
        <div className="field mb-0">
          <label htmlFor="year">{t('staff.year')}</label>
          <select id="year" name="year" defaultValue={filter.year ?? ''}>
            <option value="">{t('staff.all')}</option>
            {[thisYear, thisYear - 1, thisYear - 2, ...(filter.year && filter.year < thisYear - 2 ? [filter.year] : [])].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
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
      <div>
        <table className="data-table stack">
          <caption className="text-left pb-2">{t('staff.caption', { count: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.number')}</th>
              <th scope="col">{t('fields.status')}</th>
              <th scope="col">{t('fields.category')}</th>
              <th scope="col">{t('fields.community')}</th>
              <th scope="col">{t('fields.handledBy')}</th>
              <th scope="col">{t('fields.filedAt')}</th>
              <th scope="col">{t('fields.resolveBy')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id} className={r.overdue ? 'text-[var(--color-accent)]' : undefined} data-overdue={r.overdue ?? undefined}>
                <th scope="row" className="font-normal text-left whitespace-nowrap">
                  <Link href={`/staff/requests/${r.number}`}>{r.number}</Link>
                </th>
                <td data-label={t('fields.status')}>
                  <span>
                    {t(`statuses.${r.status}`)}
                    {r.overdue && <span className="tag tag-off font-bold block w-max whitespace-nowrap">⚠ {t(`overdue.${r.overdue}`)}</span>}
                  </span>
                </td>
                <td data-label={t('fields.category')}>{locale === 'en' ? r.categoryEn : r.categoryZh}</td>
                <td data-label={t('fields.community')}>{r.communityName}</td>
                <td data-label={t('fields.handledBy')}>{r.officialName ?? r.assignedUnitName ?? '—'}</td>
                <td className="num whitespace-nowrap" data-label={t('fields.filedAt')}>
                  {format.dateTime(r.createdAt, { dateStyle: 'medium' })}
                </td>
                <td className="num whitespace-nowrap" data-label={t('fields.resolveBy')}>
                  {day(r.resolveBy)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('staff.pagination')} className="flex gap-4 items-center">
        {list.page > 1 && <Link href={`/staff/requests${filterQuery(filter, { page: list.page - 1 })}`}>{t('staff.prev')}</Link>}
        <span>{t('staff.pageOf', { page: list.page, pages: list.pages })}</span>
        {list.page < list.pages && <Link href={`/staff/requests${filterQuery(filter, { page: list.page + 1 })}`}>{t('staff.next')}</Link>}
      </nav>
    </div>
  );
}
