import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { listSelections } from '@/lib/selection/queries';
import { effectiveStage } from '@/lib/selection/stages';

export async function generateMetadata() {
  return { title: (await getTranslations('staff.selections'))('title') };
}

export default async function StaffSelectionsPage() {
  const actor = await pageActor('selection.read', '/staff/selections');
  const t = await getTranslations();
  const format = await getFormatter();
  const at = now();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('staff.selections.title')}</h1>
        {can(actor.role, 'selection.manage') && (
          <Link href="/staff/selections/new" className="btn-primary">
            {t('staff.selections.new')}
          </Link>
        )}
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('staff.selections.year')}</th>
            <th scope="col">{t('staff.selections.titleField')}</th>
            <th scope="col">{t('staff.selections.stage')}</th>
            <th scope="col" className="num">
              {t('staff.selections.ballotsCast')}
            </th>
          </tr>
        </thead>
        <tbody>
          {listSelections().map((s) => (
            <tr key={s.id}>
              <td className="num">{s.year}</td>
              <td>
                <Link href={`/staff/selections/${s.id}`}>{s.title}</Link>
              </td>
              <td>{t(`selection.stages.${effectiveStage(s, at)}`)}</td>
              <td className="num">{format.number(s.ballotsCast)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
