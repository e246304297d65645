import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { Money } from '@/components/projects/parts';
import { SpecForm } from '@/components/projects/spec-form';
import { callModes } from '@/db/schema';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { now } from '@/lib/clock';
import { districtDay } from '@/lib/district-time';
import { saveCall } from '@/lib/projects/actions';
import { listStaffCalls, listStaffProjects, unitChoices } from '@/lib/projects/staff-queries';

export const dynamic = 'force-dynamic';

export default async function StaffProjectsPage() {
  const actor = await pageActor('projects.read', '/staff/projects');
  const [t, tp, tc] = await Promise.all([getTranslations('projectsStaff'), getTranslations('projects'), getTranslations('common')]);
  const calls = listStaffCalls(actor);
  const projects = listStaffProjects(actor);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="calls" className="space-y-2">
        <h2 id="calls" className="text-xl font-bold">
          {t('calls')}
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('call')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('mode')}</th>
              <th scope="col" className="num">
                {t('budget')}
              </th>
              <th scope="col">{t('stage')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map(({ call, unitName }) => (
              <tr key={call.id}>
                <td>
                  <Link href={`/staff/projects/calls/${call.id}`}>{call.title}</Link>
                </td>
                <td>{unitName}</td>
                <td>{tp(`modes.${call.mode}`)}</td>
                <td className="num">
                  <Money yuan={call.budget} />
                </td>
                <td>{tp(`stages.${call.stage}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can(actor.role, 'projects.manage') && (
        <details className="border p-3 max-w-2xl">
          <summary className="font-bold cursor-pointer min-h-11">{t('newCall')}</summary>
          <SpecForm
            action={saveCall}
            errorTitle={tc('errorTitle')}
            submit={tc('create')}
            pending={tc('saving')}
            fields={[
              { name: 'year', label: t('year'), inputMode: 'numeric', defaultValue: Number(districtDay(now()).slice(0, 4)) + 1 },
              {
                name: 'unitId',
                label: t('unit'),
                kind: 'select',
                options: unitChoices()
                  .filter((u) => u.kind !== 'community')
                  .map((u) => ({ value: u.id, label: u.name })),
              },
              { name: 'title', label: t('callTitle'), maxLength: 80 },
              { name: 'intro', label: t('intro'), kind: 'textarea', maxLength: 2000 },
              { name: 'budget', label: t('budgetWan'), kind: 'number' },
              {
                name: 'mode',
                label: t('mode'),
                kind: 'radio',
                options: callModes.map((m) => ({ value: m, label: tp(`modes.${m}`) })),
                defaultValue: 'deputies',
              },
              { name: 'maxChoices', label: t('maxChoices'), hint: t('maxChoicesHint'), inputMode: 'numeric', defaultValue: 5 },
              { name: 'proposalsCloseOn', label: t('proposalsCloseOn'), kind: 'date' },
            ]}
          />
        </details>
      )}
      <section aria-labelledby="projects" className="space-y-2">
        <h2 id="projects" className="text-xl font-bold">
          {t('projects', { count: projects.length })}
        </h2>
        <table className="data-table" data-testid="staff-projects">
          <thead>
            <tr>
              <th scope="col">{tp('list.project')}</th>
              <th scope="col">{tp('list.year')}</th>
              <th scope="col">{tp('list.place')}</th>
              <th scope="col">{tp('list.responsible')}</th>
              <th scope="col">{tp('list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((r) => (
              <tr key={r.project.id}>
                <td>
                  <Link href={`/staff/projects/${r.project.id}`}>{r.project.title}</Link>
                </td>
                <td className="num">{r.year}</td>
                <td>{r.community}</td>
                <td>{r.responsible}</td>
                <td>{tp(`statuses.${r.project.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
