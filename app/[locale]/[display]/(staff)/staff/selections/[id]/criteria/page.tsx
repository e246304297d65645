import { getTranslations } from 'next-intl/server';
import { ModerateButtons } from '@/components/staff/selection/small-forms';
import { SuccessNotice } from '@/components/ui/notice';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { listCriteria } from '@/lib/selection/queries';
import { staffSelection } from '@/lib/selection/staff-page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; c?: string }> };

export default async function StaffCriteriaPage({ params, searchParams }: Props) {
  const [{ actor, selection }, sp] = await Promise.all([staffSelection(params), searchParams]);
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
                <li key={c.id} id={`criterion-${c.id}`} className="border border-[var(--color-line)] p-3 space-y-2">
                  {sp.c === String(c.id) && sp.done === c.status && (
                    <SuccessNotice>{t('staff.criteria.movedTo', { status: t(`staff.criteria.status.${status}`) })}</SuccessNotice>
                  )}
                  <p>
                    {c.text} <span className="text-sm">（{t('selection.endorsements', { count: c.endorsements })}）</span>
                  </p>
                  {c.textEn && (
                    <p lang="en" className="hint">
                      {c.textEn}
                    </p>
                  )}
                  {manage && <ModerateButtons id={c.id} status={c.status} textEn={c.textEn} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
