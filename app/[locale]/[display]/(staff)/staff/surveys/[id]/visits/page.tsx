import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { VisitForm } from '@/components/surveys/entry-forms';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { entryPage } from '@/lib/surveys/entry-page';
import { listVisits } from '@/lib/surveys/queries';

export default async function VisitsPage({ params }: { params: Promise<{ id: string }> }) {
  const { survey, communities } = await entryPage(params, 'visits');
  const t = await getTranslations('surveys.entry');
  const label = new Map(communities.map((c) => [c.id, `${c.street} / ${c.name}`]));
  const visits = listVisits(
    survey.id,
    communities.map((c) => c.id),
  );
  const today = districtDay(now());
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/staff/surveys/${survey.id}`}>{survey.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('visitsTitle')}</h1>
      {communities.length === 0 ? (
        <p className="notice-info">{t('noAssignment')}</p>
      ) : (
        survey.status === 'open' && (
          <VisitForm
            surveyId={survey.id}
            communities={communities.map((c) => ({ value: c.id, label: label.get(c.id)! }))}
            checklist={survey.template.checklist}
            today={today}
          />
        )
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('visitedOn')}</th>
            <th scope="col">{t('community')}</th>
            <th scope="col" className="num">
              {t('score')}
            </th>
            <th scope="col">{t('checklist')}</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td>{v.visitedOn}</td>
              <td>{label.get(v.communityId)}</td>
              <td className="num">{v.score}</td>
              <td>
                {Object.values(v.checklist).filter(Boolean).length} / {Object.keys(v.checklist).length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
