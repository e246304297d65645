import { getTranslations } from 'next-intl/server';
import { ModerateButtons } from '@/components/staff/selection/small-forms';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { listCriteria } from '@/lib/selection/queries';
import { staffSelection } from '@/lib/selection/staff-page';

export default async function StaffCriteriaPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, selection } = await staffSelection(params);
  const t = await getTranslations();
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const all = listCriteria(selection.id, ['pending', 'published', 'adopted', 'rejected']);
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="criteriaTab" />
      {(['pending', 'adopted', 'published', 'rejected'] as const).map((status) => {
        const rows = all.filter((c) => c.status === status);
        return (
          <section key={status} className="space-y-2">
            <h2 className="text-xl font-bold">
              {t(`staff.criteria.status.${status}`)}（{rows.length}）
            </h2>
            <ul className="space-y-2">
              {rows.map((c) => (
                <li key={c.id} className="border border-[var(--color-line)] p-3 space-y-2">
                  <p>
                    {c.text} <span className="text-sm">（{t('selection.endorsements', { count: c.endorsements })}）</span>
                  </p>
                  {manage && <ModerateButtons id={c.id} status={c.status} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
