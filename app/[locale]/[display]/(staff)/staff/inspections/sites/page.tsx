import { Link } from '@/lib/i18n/navigation';
import { getTranslations } from 'next-intl/server';
import { siteKinds, type SiteKind } from '@/db/schema';
import { SiteForm } from '@/components/inspections/site-forms';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listSites } from '@/lib/inspections/queries';
import { unitOptions } from '@/lib/units/options';

type Search = { unit?: string; kind?: string };

export async function generateMetadata() {
  return { title: (await getTranslations('inspections.sites'))('title') };
}

export default async function SitesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('inspections.read', '/staff/inspections/sites');
  const [sp, t, tc] = await Promise.all([searchParams, getTranslations('inspections'), getTranslations('common')]);
  const unitId = Number(sp.unit) || undefined;
  const kind = siteKinds.includes(sp.kind as SiteKind) ? (sp.kind as SiteKind) : undefined;
  const rows = listSites(actor, { unitId, kind });
  const units = unitOptions(actor);
  return (
    <div className="space-y-4">
      <p>
        <Link href="/staff/inspections">{t('title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('sites.title')}</h1>
      <p>{t('sites.intro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="field mb-0">
          <label htmlFor="unit">{t('sites.unit')}</label>
          <select id="unit" name="unit" defaultValue={unitId ?? ''}>
            <option value="">{tc('all')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="kind">{t('sites.kind')}</label>
          <select id="kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">{t('sites.allKinds')}</option>
            {siteKinds.map((k) => (
              <option key={k} value={k}>
                {t(`siteKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {tc('filter')}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('sites.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sites.name')}</th>
              <th scope="col">{t('sites.kind')}</th>
              <th scope="col">{t('sites.unit')}</th>
              <th scope="col">{t('sites.address')}</th>
              <th scope="col">{t('sites.inspections')}</th>
              <th scope="col">{tc('status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link href={`/staff/inspections/sites/${s.id}`}>{s.name}</Link>
                </td>
                <td>{t(`siteKinds.${s.kind}`)}</td>
                <td>{s.unitName}</td>
                <td>{s.address}</td>
                <td className="num">
                  <Link href={`/staff/inspections?site=${s.id}`}>{s.inspections}</Link>
                </td>
                <td>
                  {s.active ? <span className="tag tag-on">{tc('active')}</span> : <span className="tag tag-off">{tc('inactive')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {can(actor.role, 'inspections.record') && (
        <section className="max-w-2xl space-y-2">
          <h2 className="text-xl font-bold">{t('sites.new')}</h2>
          <SiteForm units={units} />
        </section>
      )}
    </div>
  );
}
