import { Link } from '@/lib/i18n/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateUnitForm, EditUnitForm } from '@/components/staff/unit-forms';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { listUnits } from '@/lib/units/queries';

export async function generateMetadata() {
  return { title: (await getTranslations('staff.units'))('title') };
}

export default async function UnitsPage() {
  const actor = await pageActor('units.read', '/staff/units');
  const t = await getTranslations();
  const format = await getFormatter();
  const rows = listUnits(actor);
  const editable = can(actor.role, 'units.write');
  const depth = (path: string) => path.split('/').filter(Boolean).length - 1;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('staff.units.title')}</h1>
      <div className="overflow-x-auto">
        <table className="data-table">
          <caption className="text-left pb-2">{t('staff.units.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.units.name')}</th>
              <th scope="col">{t('staff.units.kind')}</th>
              <th scope="col" className="num">
                {t('staff.units.households')}
              </th>
              <th scope="col" className="num">
                {t('staff.units.officials')}
              </th>
              {editable && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <td style={{ paddingLeft: `${0.5 + depth(u.path) * 1.5}rem` }}>{u.name}</td>
                <td>{t(`unitKinds.${u.kind}`)}</td>
                <td className="num">{u.households === null ? '—' : format.number(u.households)}</td>
                <td className="num">
                  <Link href={`/staff/officials?unit=${u.id}`}>{u.officialCount}</Link>
                </td>
                {editable && (
                  <td>
                    <details>
                      <summary className="cursor-pointer underline">{t('common.edit')}</summary>
                      <EditUnitForm unit={u} />
                    </details>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && <CreateUnitForm parents={rows.filter((u) => u.kind !== 'community')} />}
    </div>
  );
}
