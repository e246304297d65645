import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteActiveToggle, SiteForm } from '@/components/inspections/site-forms';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { getSite, listInspections } from '@/lib/inspections/queries';
import { unitOptions } from '@/lib/units/options';

export default async function SitePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const actor = await pageActor('inspections.read', `/staff/inspections/sites/${id}`);
  const found = /^\d+$/.test(id) ? getSite(actor, Number(id)) : undefined;
  if (!found) notFound();
  const [t, tc] = await Promise.all([getTranslations('inspections'), getTranslations('common')]);
  const { site } = found;
  const history = listInspections(actor, { siteId: site.id });
  const canEdit = can(actor.role, 'inspections.record');
  return (
    <div className="space-y-4 max-w-3xl">
      <p>
        <Link href="/staff/inspections/sites">{t('sites.title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{site.name}</h1>
      <p>
        {t(`siteKinds.${site.kind}`)} · {found.unitName} {site.address && `· ${site.address}`} ·{' '}
        {site.active ? <span className="tag tag-on">{tc('active')}</span> : <span className="tag tag-off">{tc('inactive')}</span>}
      </p>
      {saved && <p className="notice-success">✓ {tc('saved')}</p>}
      {canEdit && site.active && (
        <Link href={`/staff/inspections/new?site=${site.id}`} className="btn-primary">
          {t('record')}
        </Link>
      )}
      <section>
        <h2 className="text-xl font-bold mb-2">{t('sites.history')}</h2>
        {history.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {history.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/inspections/${i.id}`} className="num">
                  {t('period', { from: i.startsOn, to: i.endsOn })}
                </Link>{' '}
                · {i.officials.map((o) => o.name).join('、')}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canEdit && (
        <section className="space-y-2">
          <h2 className="text-xl font-bold">{t('sites.edit')}</h2>
          <SiteForm site={site} units={unitOptions(actor)} />
          <SiteActiveToggle id={site.id} active={site.active} />
        </section>
      )}
    </div>
  );
}
