import { getFormatter, getTranslations } from 'next-intl/server';
import type { Delay } from '@/lib/projects/schedule';
import { daysLate, milestoneState, type MilestoneLike } from '@/lib/projects/schedule';
import { moneyArgs } from '@/lib/projects/money';

/** An amount in whole yuan, shown in 万元 as budgets are written. */
export async function Money({ yuan }: { yuan: number | null }) {
  if (yuan === null) return <>—</>;
  const [t, format] = await Promise.all([getTranslations('projects'), getFormatter()]);
  return <span className="num">{t('wan', moneyArgs(yuan, format))}</span>;
}

export async function StatusTag({ status, delay }: { status: string; delay: Delay }) {
  const t = await getTranslations('projects');
  return (
    <span className="inline-flex flex-wrap gap-2">
      <span className={`tag ${status === 'completed' ? 'tag-on' : ''}`}>{t(`statuses.${status}`)}</span>
      {delay.delayed && (
        <span className="tag tag-off font-bold" data-testid="delayed">
          ⚠ {t('delayed', { days: delay.daysLate })}
        </span>
      )}
    </span>
  );
}

export async function MilestoneTable({
  milestones,
  today,
}: {
  milestones: (MilestoneLike & { id: number; title: string })[];
  today: string;
}) {
  const t = await getTranslations('projects.milestones');
  if (milestones.length === 0) return <p className="hint">{t('none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid="milestones">
        <thead>
          <tr>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('planned')}</th>
            <th scope="col">{t('actual')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => {
            const state = milestoneState(m, today);
            return (
              <tr key={m.id}>
                <td>{m.title}</td>
                <td className="num">{m.plannedOn}</td>
                <td className="num">{m.actualOn ?? '—'}</td>
                <td className={state === 'late' || state === 'overdue' ? 'font-bold text-[var(--color-warn)]' : ''}>
                  {t(`states.${state}`, { days: daysLate(m, today) })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
