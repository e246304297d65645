import { getTranslations } from 'next-intl/server';
import { NominationDecision } from '@/components/staff/selection/small-forms';
import { SuccessNotice } from '@/components/ui/notice';
import { SelectionTabs } from '@/components/staff/selection/tabs';
import { can } from '@/lib/auth/permissions';
import { listCandidates, listNominations, searchOfficials } from '@/lib/selection/queries';
import { staffSelection } from '@/lib/selection/staff-page';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; n?: string }> };

export default async function StaffNominationsPage({ params, searchParams }: Props) {
  const [{ actor, selection }, sp] = await Promise.all([staffSelection(params), searchParams]);
  const t = await getTranslations();
  const manage = can(actor.role, 'selection.manage') && actor.unitPath === null;
  const pending = listNominations(selection.id, 'pending');
  const decided = listNominations(selection.id).filter((n) => n.status !== 'pending');
  const candidates = listCandidates(selection.id);
  const justDecided = sp.done === 'approve' || sp.done === 'reject' ? decided.find((n) => String(n.id) === sp.n) : undefined;
  return (
    <div className="space-y-6">
      <SelectionTabs selection={selection} current="nominationsTab" />
      <section className="space-y-3">
        <h2 className="text-xl font-bold">{t('staff.nominations.pending', { count: pending.length })}</h2>
        {justDecided && (
          <SuccessNotice id="done">
            {t(`staff.nominations.done.${sp.done === 'approve' ? 'approve' : 'reject'}`, {
              name: justDecided.officialName ?? justDecided.nomineeName,
              count: candidates.length,
            })}
          </SuccessNotice>
        )}
        {pending.map((n) => (
          <article key={n.id} className="border-2 border-[var(--color-line)] p-4 space-y-2" data-testid="nomination">
            <p className="text-lg font-bold">
              {n.officialName ?? n.nomineeName}{' '}
              <span className="font-normal">
                {n.officialId ? `${n.officialUnit} · ${n.officialPosition}` : `${n.nomineeUnit}（${t('staff.nominations.notOnRoster')}）`}
              </span>
            </p>
            <p>“{n.reason}”</p>
            {manage && (
              <NominationDecision
                id={n.id}
                needsOfficial={!n.officialId}
                suggestions={
                  n.officialId
                    ? []
                    : searchOfficials(n.nomineeName).map((o) => ({ id: o.id, label: `${o.name} · ${o.unit} · ${o.position}` }))
                }
              />
            )}
          </article>
        ))}
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('staff.nominations.candidates', { count: candidates.length })}</h2>
        <ul className="list-disc pl-6">
          {candidates.map((c) => (
            <li key={c.id}>
              {c.name} · {c.unit} · {c.position}
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-bold">{t('staff.nominations.decided', { count: decided.length })}</h2>
        <table className="data-table">
          <tbody>
            {decided.map((n) => (
              <tr key={n.id}>
                <td>{n.officialName ?? n.nomineeName}</td>
                <td>{t(`staff.nominations.status.${n.status}`)}</td>
                <td>{n.decisionReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
