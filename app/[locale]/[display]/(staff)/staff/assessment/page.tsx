import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AssessmentForm } from '@/components/assessment/forms';
import { createCycle } from '@/lib/assessment/actions';
import { currentSnapshot, listCycles } from '@/lib/assessment/queries';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { CycleFields, fieldLabels } from './cycle-fields';

export async function generateMetadata() {
  return { title: (await getTranslations('assessment'))('title') };
}

export default async function AssessmentCyclesPage() {
  const actor = await pageActor('scores.read', '/staff/assessment');
  const t = await getTranslations('assessment');
  const format = await getFormatter();
  const cycles = listCycles();
  const manage = can(actor.role, 'assessment.manage') && actor.unitPath === null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('intro')}</p>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('cycles.caption', { count: cycles.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycles.name')}</th>
              <th scope="col">{t('cycles.period')}</th>
              <th scope="col">{t('cycles.status')}</th>
              <th scope="col">{t('cycles.computedAt')}</th>
              <th scope="col">{t('cycles.published')}</th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((c) => {
              const snapshot = currentSnapshot(c.id);
              return (
                <tr key={c.id}>
                  <td>
                    <Link href={`/staff/assessment/${c.id}`}>{c.name}</Link>
                    {can(actor.role, 'assessment.read') && (
                      <>
                        {' · '}
                        <Link href={`/staff/assessment/${c.id}/config`}>{t('cycles.configure')}</Link>
                      </>
                    )}
                  </td>
                  <td className="num">
                    {c.startsOn} – {c.endsOn}
                  </td>
                  <td>{t(`status.${c.status}`)}</td>
                  <td className="num">{snapshot ? format.dateTime(snapshot.computedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
                  <td>{c.publicItems.length ? <Link href={`/assessment/${c.year}`}>{t('cycles.publicPage')}</Link> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {manage && (
        <section className="max-w-2xl border-2 border-[var(--color-line)] p-4">
          <h2 className="text-xl font-bold mb-3">{t('cycles.create')}</h2>
          <AssessmentForm action={createCycle} submit={t('cycles.createSubmit')} labels={await fieldLabels()}>
            <CycleFields copyOptions={cycles.map((c) => ({ id: c.id, name: c.name }))} />
          </AssessmentForm>
        </section>
      )}
    </div>
  );
}
