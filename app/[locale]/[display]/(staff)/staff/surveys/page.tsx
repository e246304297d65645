import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { CreateSurveyForm } from '@/components/surveys/staff-forms';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { listSurveys } from '@/lib/surveys/queries';

export default async function SurveysPage() {
  const actor = await pageActor('surveys.read', '/staff/surveys');
  const t = await getTranslations('surveys.staff');
  const manage = can(actor.role, 'surveys.manage') && actor.unitPath === null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {manage && (
        <p>
          <Link href="/staff/surveys/register">{t('registerLink')}</Link>
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('links')}</th>
            </tr>
          </thead>
          <tbody>
            {listSurveys().map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/staff/surveys/${s.id}`}>{s.name}</Link>
                </td>
                <td>{t(`statuses.${s.status}`)}</td>
                <td className="space-x-3">
                  {s.status === 'open' && can(actor.role, 'surveys.enter') && (
                    <>
                      <Link href={`/staff/surveys/${s.id}/calls`}>{t('calls')}</Link>
                      <Link href={`/staff/surveys/${s.id}/visits`}>{t('visits')}</Link>
                    </>
                  )}
                  {s.status !== 'draft' && <Link href={`/survey/sampling/${s.id}`}>{t('publicSampling')}</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {manage && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('new')}</h2>
          <CreateSurveyForm year={now().getFullYear()} />
        </section>
      )}
    </div>
  );
}
