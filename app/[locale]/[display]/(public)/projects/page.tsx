import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { Money, StatusTag } from '@/components/projects/parts';
import { projectStatuses } from '@/db/schema';
import { listCalls, listProjects, projectYears, streetChoices, type ProjectFilter } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('projects'))('title') };
}

type Search = { street?: string; year?: string; status?: string };

function filterOf(q: Search): ProjectFilter {
  const n = (v?: string) => (v && /^\d{1,6}$/.test(v) ? Number(v) : undefined);
  const statuses: readonly string[] = [...projectStatuses, 'delayed'];
  return {
    street: n(q.street),
    year: n(q.year),
    status: q.status && statuses.includes(q.status) ? (q.status as ProjectFilter['status']) : undefined,
  };
}

/** Every adopted project, by street, year and status, with delays flagged against the plan; and the year's calls. */
export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [q, t] = await Promise.all([searchParams, getTranslations('projects')]);
  const filter = filterOf(q);
  const rows = listProjects(filter);
  const calls = listCalls();
  const streets = streetChoices();
  return (
    <div className="space-y-8">
      <div className="space-y-3 max-w-3xl">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </div>
      <section aria-labelledby="calls" className="space-y-2">
        <h2 id="calls" className="text-xl font-bold">
          {t('calls.title')}
        </h2>
        <ul className="space-y-2">
          {calls.map(({ call, unitName }) => (
            <li key={call.id} className="border-l-4 pl-3">
              <Link href={`/projects/calls/${call.id}`} className="text-lg font-bold">
                {call.title}
              </Link>{' '}
              <span className="tag">{t(`stages.${call.stage}`)}</span>
              <span className="block hint">
                {unitName} · {t(`modes.${call.mode}`)} · {t('calls.budget')} <Money yuan={call.budget} />
              </span>
              {call.stage === 'proposals' && <Link href={`/projects/calls/${call.id}/propose`}>{t('calls.propose')}</Link>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="list" className="space-y-3">
        <h2 id="list" className="text-xl font-bold">
          {t('list.title')}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3" role="search">
          <div className="field mb-0">
            <label htmlFor="street">{t('list.street')}</label>
            <select id="street" name="street" defaultValue={filter.street ?? ''}>
              <option value="">{t('list.all')}</option>
              {streets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field mb-0">
            <label htmlFor="year">{t('list.year')}</label>
            <select id="year" name="year" defaultValue={filter.year ?? ''}>
              <option value="">{t('list.all')}</option>
              {projectYears().map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field mb-0">
            <label htmlFor="status">{t('list.status')}</label>
            <select id="status" name="status" defaultValue={filter.status ?? ''}>
              <option value="">{t('list.all')}</option>
              {[...projectStatuses, 'delayed'].map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn-secondary">
            {t('list.filter')}
          </button>
        </form>
        <p>{t('list.count', { count: rows.length })}</p>
        {/* On a phone each project is a card; the table is for wider screens. */}
        <ul className="space-y-3 sm:hidden">
          {rows.map((r) => (
            <li key={r.project.id} className="border-l-4 pl-3 space-y-1">
              <Link href={`/projects/${r.project.id}`} className="text-lg font-bold">
                {r.project.title}
              </Link>
              <p className="hint">
                {r.year} · {r.street} · {r.community} · {r.responsible}
              </p>
              <p>
                <Money yuan={r.project.budget} /> <StatusTag status={r.project.status} delay={r.delay} />
              </p>
            </li>
          ))}
        </ul>
        <div className="hidden overflow-x-auto sm:block">
          <table className="data-table" data-testid="project-list">
            <thead>
              <tr>
                <th scope="col">{t('list.project')}</th>
                <th scope="col">{t('list.year')}</th>
                <th scope="col">{t('list.place')}</th>
                <th scope="col">{t('list.responsible')}</th>
                <th scope="col" className="num">
                  {t('list.budget')}
                </th>
                <th scope="col">{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.project.id}>
                  <td>
                    <Link href={`/projects/${r.project.id}`}>{r.project.title}</Link>
                  </td>
                  <td className="num">{r.year}</td>
                  <td>
                    {r.street} · {r.community}
                  </td>
                  <td>{r.responsible}</td>
                  <td className="num">
                    <Money yuan={r.project.budget} />
                  </td>
                  <td>
                    <StatusTag status={r.project.status} delay={r.delay} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <a href="/api/v1/projects">JSON</a> · <a href="/api/v1/projects?format=csv">CSV</a>
        </p>
      </section>
    </div>
  );
}
