import { districtInstant } from '@/lib/district-time';
import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listNightTalks } from '@/lib/night-talks/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('nightTalks'))('title') };
}

export default async function NightTalksPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await pageActor('nightTalks.read', '/staff/night-talks');
  const [sp, t, format] = await Promise.all([searchParams, getTranslations('nightTalks'), getFormatter()]);
  const list = listNightTalks(actor, Number(sp.page) || 1);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {can(actor.role, 'nightTalks.record') && (
          <Link href="/staff/night-talks/new" className="btn-primary">
            {t('new')}
          </Link>
        )}
      </div>
      <p>{t('intro')}</p>
      <div>
        <table className="data-table stack">
          <caption className="text-left pb-2">{t('caption', { count: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('heldOn')}</th>
              <th scope="col">{t('community')}</th>
              <th scope="col">{t('officials')}</th>
              <th scope="col">{t('residentsMet')}</th>
              <th scope="col">{t('requestsHeard')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((n) => (
              <tr key={n.id}>
                <th scope="row" className="font-normal text-left whitespace-nowrap">
                  {format.dateTime(districtInstant(`${n.heldOn}T12:00`), { dateStyle: 'medium' })}
                </th>
                <td data-label={t('community')}>
                  <span>
                    {n.communityName}
                    {n.place && <span className="block text-sm">{n.place}</span>}
                  </span>
                </td>
                <td data-label={t('officials')}>{n.officialNames}</td>
                <td className="num" data-label={t('residentsMet')}>
                  {format.number(n.residentsMet)}
                </td>
                <td className="num" data-label={t('requestsHeard')}>
                  {format.number(n.requestCount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('pagination')} className="flex gap-4 items-center">
        {list.page > 1 && <Link href={`/staff/night-talks?page=${list.page - 1}`}>{t('prev')}</Link>}
        <span>{t('pageOf', { page: list.page, pages: list.pages })}</span>
        {list.page < list.pages && <Link href={`/staff/night-talks?page=${list.page + 1}`}>{t('next')}</Link>}
      </nav>
    </div>
  );
}
