import { getTranslations } from 'next-intl/server';
import { Money } from '@/components/projects/parts';
import { SpecForm } from '@/components/projects/spec-form';
import type { ProjectCall, ProjectProposal } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import { screenProposal } from '@/lib/projects/actions';
import { unitChoices } from '@/lib/projects/staff-queries';

type Row = { p: ProjectProposal; community: string; responsible: string | null };

/** Every proposal of the call; organizers screen each one with a public reason while screening is open. */
export async function ScreeningList({ actor, call, proposals }: { actor: Actor; call: ProjectCall; proposals: Row[] }) {
  const [t, tp, tc] = await Promise.all([getTranslations('projectsStaff'), getTranslations('projects'), getTranslations('common')]);
  const screening = can(actor.role, 'projects.manage') && ['proposals', 'screening'].includes(call.stage);
  const units = screening ? unitChoices() : [];
  return (
    <section aria-labelledby="proposals" className="space-y-3">
      <h2 id="proposals" className="text-xl font-bold">
        {tp('proposals.heading', { count: proposals.length, feasible: proposals.filter((r) => r.p.status === 'feasible').length })}
      </h2>
      <ul className="space-y-3">
        {proposals.map(({ p, community, responsible }) => (
          <li key={p.id} className="border p-3 space-y-2" data-testid={`proposal-${p.id}`}>
            <p className="font-bold">
              {p.title} <span className="tag">{tp(`proposalStatuses.${p.status}`)}</span>
            </p>
            <p className="hint">
              {community} {p.place} · {tp(`sources.${p.source}`)} {p.proposerName} · {t('roughCost')} <Money yuan={p.roughCost} />
            </p>
            <p className="whitespace-pre-wrap">{p.problem}</p>
            {p.status !== 'pending' && (
              <p className="border-l-4 pl-3">
                {p.screeningReason}{' '}
                {p.status === 'feasible' && (
                  <>
                    · <Money yuan={p.estimatedCost} /> · {responsible}
                  </>
                )}
              </p>
            )}
            {screening && (
              <details>
                <summary className="cursor-pointer min-h-11">{t('screen')}</summary>
                <SpecForm
                  action={screenProposal}
                  hidden={{ id: p.id }}
                  testId={`screen-${p.id}`}
                  errorTitle={tc('errorTitle')}
                  submit={t('screenSave')}
                  pending={tc('saving')}
                  fields={[
                    {
                      name: 'status',
                      label: t('decision'),
                      kind: 'radio',
                      defaultValue: p.status === 'pending' ? 'feasible' : p.status,
                      options: (['feasible', 'merged', 'out_of_scope', 'infeasible'] as const).map((s) => ({
                        value: s,
                        label: tp(`proposalStatuses.${s}`),
                      })),
                    },
                    {
                      name: 'reason',
                      label: t('reason'),
                      hint: t('reasonHint'),
                      kind: 'textarea',
                      maxLength: 500,
                      defaultValue: p.screeningReason,
                    },
                    {
                      name: 'estimatedCost',
                      label: t('estimatedCost'),
                      kind: 'number',
                      defaultValue: p.estimatedCost ? p.estimatedCost / 10_000 : null,
                    },
                    {
                      name: 'responsibleUnitId',
                      label: t('responsibleUnit'),
                      kind: 'select',
                      defaultValue: p.responsibleUnitId,
                      options: [{ value: '', label: '—' }, ...units.map((u) => ({ value: u.id, label: u.name }))],
                    },
                    {
                      name: 'mergedIntoId',
                      label: t('mergedInto'),
                      kind: 'select',
                      defaultValue: p.mergedIntoId,
                      options: [
                        { value: '', label: '—' },
                        ...proposals.filter((o) => o.p.id !== p.id).map((o) => ({ value: o.p.id, label: o.p.title })),
                      ],
                    },
                  ]}
                />
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
