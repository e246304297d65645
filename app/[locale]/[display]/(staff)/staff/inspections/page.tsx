import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listInspections } from '@/lib/inspections/queries';
import { getOfficial } from '@/lib/officials/queries';

type Search = { official?: string; site?: string };

export async function generateMetadata() {
  return { title: (await getTranslations('inspections'))('title') };
}

export default async function InspectionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('inspections.read', '/staff/inspections');
  const [sp, t] = await Promise.all([searchParams, getTranslations('inspections')]);
  const officialId = Number(sp.official) || undefined;
  const siteId = Number(sp.site) || undefined;
  const official = officialId ? getOfficial(actor, officialId) : undefined;
  const rows = listInspections(actor, { officialId, siteId });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/staff/inspections/sites" className="btn-secondary">
            {t('sitesLink')}
          </Link>
          {can(actor.role, 'inspections.record') && (
            <Link href="/staff/inspections/new" className="btn-primary">
              {t('record')}
            </Link>
          )}
        </div>
      </div>
      <p>{t('intro')}</p>
      {(officialId || siteId) && (
        <p className="notice-info">
          {official && t('onlyOfficial', { name: official.name })} <Link href="/staff/inspections">{t('showAll')}</Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div>
          <table className="data-table stack">
            <caption className="text-left pb-2">{t('caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dates')}</th>
                <th scope="col">{t('site')}</th>
                <th scope="col">{t('methodsLabel')}</th>
                <th scope="col">{t('officials')}</th>
                <th scope="col">{t('openRecommendations')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="num whitespace-nowrap font-normal text-left">
                    <Link href={`/staff/inspections/${r.id}`}>
                      {r.startsOn === r.endsOn ? r.startsOn : t('period', { from: r.startsOn, to: r.endsOn })}
                    </Link>
                  </th>
                  <td data-label={t('site')}>
                    <Link href={`/staff/inspections?site=${r.siteId}`}>{r.siteName}</Link>
                    <span className="block text-sm">{r.unitName}</span>
                  </td>
                  <td data-label={t('methodsLabel')}>{r.methods.map((m) => t(`methods.${m}`)).join('、')}</td>
                  <td data-label={t('officials')}>
                    {r.officials.map((o) => (
                      <span key={o.officialId} className="block">
                        <Link href={`/staff/inspections?official=${o.officialId}`}>{o.name}</Link> · {t('ratingOf', { rating: o.rating })}
                      </span>
                    ))}
                  </td>
                  <td className="num" data-label={t('openRecommendations')}>
                    {r.openRecommendations}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
