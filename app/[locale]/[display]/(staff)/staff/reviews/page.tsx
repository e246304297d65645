import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { ReviewAggregateTable } from '@/components/inspections/review-aggregate';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listMeetings, officialAggregate } from '@/lib/reviews/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('reviews'))('title') };
}

export default async function ReviewsPage({ searchParams }: { searchParams: Promise<{ official?: string }> }) {
  const actor = await pageActor('reviews.read', '/staff/reviews');
  const [sp, t] = await Promise.all([searchParams, getTranslations('reviews')]);
  const officialId = Number(sp.official) || undefined;
  const perOfficial = officialId ? officialAggregate(actor, officialId) : undefined;
  const rows = listMeetings(actor, { officialId });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {can(actor.role, 'reviews.manage') && (
          <Link href={`/staff/reviews/new${officialId ? `?official=${officialId}` : ''}`} className="btn-primary">
            {t('new')}
          </Link>
        )}
      </div>
      <p>{t('intro')}</p>
      {officialId && (
        <p className="notice-info">
          {perOfficial && t('onlyOfficial', { name: perOfficial.official.name })} <Link href="/staff/reviews">{t('showAll')}</Link>
        </p>
      )}
      {perOfficial && (
        <ReviewAggregateTable
          aggregate={perOfficial.aggregate}
          showPoints={can(actor.role, 'scores.read')}
          title={t('aggregate.officialTitle', { name: perOfficial.official.name })}
        />
      )}
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <caption className="text-left pb-2">{t('caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('heldOn')}</th>
                <th scope="col">{t('official')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('place')}</th>
                <th scope="col" className="num">
                  {t('attendees')}
                </th>
                <th scope="col" className="num">
                  {t('forms')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td className="num whitespace-nowrap">
                    <Link href={`/staff/reviews/${m.id}`}>{m.heldOn}</Link>
                  </td>
                  <td>
                    <Link href={`/staff/reviews?official=${m.officialId}`}>{m.officialName}</Link>
                    <span className="block text-sm">{m.position}</span>
                  </td>
                  <td>{m.unitName}</td>
                  <td>{m.place}</td>
                  <td className="num">{m.attendees}</td>
                  <td className="num">{m.forms}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
