import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { entryPage } from '@/lib/surveys/entry-page';
import { entryHouseholds } from '@/lib/surveys/queries';

/** The sampled households of the communities assigned to this surveyor, with phones: staff only. */
export default async function CallsPage({ params }: { params: Promise<{ id: string }> }) {
  const { survey, communities } = await entryPage(params, 'calls');
  const t = await getTranslations('surveys.entry');
  const rows = entryHouseholds(
    survey.id,
    communities.map((c) => c.id),
  );
  const label = new Map(communities.map((c) => [c.id, `${c.street} / ${c.name}`]));
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/staff/surveys/${survey.id}`}>{survey.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('callsTitle')}</h1>
      {communities.length === 0 ? (
        <p className="notice-info">{t('noAssignment')}</p>
      ) : (
        <p>{t('callsIntro', { count: communities.length })}</p>
      )}
      <div>
        <table className="data-table stack" data-testid="call-list">
          <thead>
            <tr>
              <th scope="col">{t('community')}</th>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">{t('household')}</th>
              <th scope="col">{t('phone')}</th>
              <th scope="col">{t('history')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.householdId}>
                <th scope="row" className="font-normal text-left">
                  {label.get(r.communityId)}
                </th>
                <td className="num" data-label="#">
                  {r.position + 1}
                </td>
                <td className="font-mono" data-label={t('household')}>
                  {r.idHash.slice(0, 8)}
                </td>
                <td data-label={t('phone')}>{r.phone ? <a href={`tel:${r.phone}`}>{r.phone}</a> : '—'}</td>
                <td data-label={t('history')}>{r.calls.map((c) => `${t(`outcomes.${c.outcome}`)} ×${c.n}`).join('，')}</td>
                <td data-label={t('action')}>
                  {r.responded ? (
                    t('answered', { channel: t(`channels.${r.responded}`) })
                  ) : survey.status === 'open' ? (
                    <Link href={`/staff/surveys/${survey.id}/calls/${r.householdId}`}>{t('enterCall')}</Link>
                  ) : (
                    '—'
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
