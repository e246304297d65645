import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { pageActor } from '@/lib/auth/page';
import { listAudit, listAuditFacets, type AuditFilter } from '@/lib/audit/queries';

type Search = Record<'actor' | 'action' | 'entity' | 'from' | 'to' | 'page', string | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations('staff.audit'))('title') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor('audit.read', '/staff/audit');
  const [sp, t] = await Promise.all([searchParams, getTranslations()]);
  const format = await getFormatter();
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : undefined);
  const filter: AuditFilter = {
    actor: str(sp.actor),
    action: str(sp.action),
    entity: str(sp.entity),
    from: str(sp.from),
    to: str(sp.to),
    page: Number(sp.page) || 1,
  };
  const list = listAudit(actor, filter);
  const facets = listAuditFacets();
  const link = (page: number) =>
    `/staff/audit?${new URLSearchParams(Object.entries({ ...filter, page: String(page) }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const show = (v: unknown) => (v == null ? '' : JSON.stringify(v));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('staff.audit.title')}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="field mb-0">
          <label htmlFor="actor">{t('staff.audit.actor')}</label>
          <input id="actor" name="actor" defaultValue={filter.actor} />
        </div>
        <div className="field mb-0">
          <label htmlFor="action">{t('staff.audit.action')}</label>
          <select id="action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">{t('common.all')}</option>
            {facets.actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="entity">{t('staff.audit.entity')}</label>
          <select id="entity" name="entity" defaultValue={filter.entity ?? ''}>
            <option value="">{t('common.all')}</option>
            {facets.entities.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div className="field mb-0">
          <label htmlFor="from">{t('staff.audit.from')}</label>
          <input id="from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div className="field mb-0">
          <label htmlFor="to">{t('staff.audit.to')}</label>
          <input id="to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <button type="submit" className="btn-secondary">
          {t('common.filter')}
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('staff.audit.caption', { count: list.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.audit.at')}</th>
              <th scope="col">{t('staff.audit.actor')}</th>
              <th scope="col">{t('staff.audit.action')}</th>
              <th scope="col">{t('staff.audit.record')}</th>
              <th scope="col">{t('staff.audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => (
              <tr key={r.id}>
                <td className="num whitespace-nowrap">{format.dateTime(r.at, { dateStyle: 'short', timeStyle: 'medium', hour12: false })}</td>
                <td>{r.actorName}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>
                  {r.entity} {r.entityId}
                </td>
                <td className="text-xs break-all max-w-md">
                  {r.before != null && (
                    <p>
                      <strong>{t('staff.audit.before')}</strong> {show(r.before)}
                    </p>
                  )}
                  {r.after != null && (
                    <p>
                      <strong>{t('staff.audit.after')}</strong> {show(r.after)}
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('common.pagination')} className="flex gap-4 items-center">
        {list.page > 1 && <Link href={link(list.page - 1)}>{t('common.prev')}</Link>}
        <span>{t('common.pageOf', { page: list.page, pages: list.pages })}</span>
        {list.page < list.pages && <Link href={link(list.page + 1)}>{t('common.next')}</Link>}
      </nav>
    </div>
  );
}
