import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Money } from '@/components/projects/parts';
import { SpecForm } from '@/components/projects/spec-form';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { castDeputyVotes, decideCall, issueProposalCodes, moveCallStage, proposeAsStaff } from '@/lib/projects/actions';
import { idParam } from '@/lib/projects/ids';
import { callProposals } from '@/lib/projects/queries';
import { getStaffCall, myDeputyVotes, proposalCommunities } from '@/lib/projects/staff-queries';
import { CallElection } from './election';
import { ScreeningList } from './screening';
import { getCallElectionPanel } from '@/lib/election/queries';

export const dynamic = 'force-dynamic';

const nextStage: Record<string, 'proposals' | 'screening' | 'voting' | undefined> = {
  draft: 'proposals',
  proposals: 'screening',
  screening: 'voting',
};

export default async function StaffCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor('projects.read', `/staff/projects/calls/${id}`);
  const found = getStaffCall(actor, idParam(id));
  if (!found) notFound();
  const [t, tp, tc] = await Promise.all([getTranslations('projectsStaff'), getTranslations('projects'), getTranslations('common')]);
  const { call } = found;
  const manage = can(actor.role, 'projects.manage');
  const proposals = callProposals(call.id);
  const communities = can(actor.role, 'projects.propose') ? proposalCommunities(actor, found.unitPath) : [];
  const communityOptions = communities.map((c) => ({ value: c.id, label: `${c.street} / ${c.name}` }));
  const next = nextStage[call.stage];
  const mine = actor.role === 'deputy' ? myDeputyVotes(actor, call.id) : null;
  const feasible = proposals.filter((r) => r.p.status === 'feasible');
  // A residents' call is decided from its decrypted tally only.
  const tallied = call.mode === 'residents' && getCallElectionPanel(call.id)?.election.phase === 'decrypted';
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/projects">← {t('title')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{call.title}</h1>
      <p data-testid="call-stage">
        {found.unitName} · {tp(`modes.${call.mode}`)} · {t('budget')} <Money yuan={call.budget} /> ·{' '}
        <span className="tag">{tp(`stages.${call.stage}`)}</span> · <Link href={`/projects/calls/${call.id}`}>{t('publicPage')}</Link>
      </p>
      {manage && next && (
        <SpecForm
          action={moveCallStage}
          hidden={{ id: call.id, to: next }}
          fields={[]}
          submit={t(`moveTo.${next}`)}
          pending={tc('saving')}
          errorTitle={tc('errorTitle')}
          testId="stage-form"
        />
      )}
      {call.mode === 'residents' && call.stage !== 'decided' && <CallElection call={call} manage={manage} />}
      {manage && call.stage === 'voting' && (call.mode === 'deputies' || tallied) && (
        <SpecForm
          action={decideCall}
          hidden={{ id: call.id }}
          fields={[]}
          submit={t('decide')}
          pending={tc('saving')}
          errorTitle={tc('errorTitle')}
          testId="decide-form"
        />
      )}
      {call.stage === 'decided' && (
        <p className="notice-success" role="status">
          ✓ {t('decided')} <Link href={`/projects/calls/${call.id}`}>{t('publicPage')}</Link>
        </p>
      )}
      {mine && call.stage === 'voting' && (
        <section aria-labelledby="vote" className="space-y-2 border-2 p-3">
          <h2 id="vote" className="text-xl font-bold">
            {t('deputyVote')}
          </h2>
          {mine.seated ? (
            <SpecForm
              action={castDeputyVotes}
              hidden={{ callId: call.id }}
              testId="deputy-vote-form"
              errorTitle={tc('errorTitle')}
              submit={t('castVotes')}
              pending={tc('saving')}
              fields={feasible.map(({ p }) => ({
                name: `p${p.id}`,
                label: p.title,
                kind: 'radio',
                defaultValue: mine.votes.get(p.id) ?? null,
                options: [
                  { value: 'for', label: tp('result.choices.for') },
                  { value: 'against', label: tp('result.choices.against') },
                ],
              }))}
            />
          ) : (
            <p className="notice-info">{t('notSeated')}</p>
          )}
        </section>
      )}
      {communities.length > 0 && ['draft', 'proposals'].includes(call.stage) && (
        <details className="border p-3 max-w-2xl">
          <summary className="font-bold cursor-pointer min-h-11">{t('codes')}</summary>
          <SpecForm
            action={issueProposalCodes}
            hidden={{ callId: call.id }}
            errorTitle={tc('errorTitle')}
            submit={t('issue')}
            pending={tc('saving')}
            codes={{
              label: t('downloadCodes'),
              fileName: `proposal-codes-${call.id}.csv`,
              note: t('codesNote'),
              countNote: t('codesCount'),
            }}
            fields={[
              { name: 'communityId', label: t('community'), kind: 'select', options: communityOptions },
              { name: 'count', label: t('count'), inputMode: 'numeric', defaultValue: 50 },
            ]}
          />
        </details>
      )}
      {communities.length > 0 && call.stage === 'proposals' && (
        <details className="border p-3 max-w-2xl">
          <summary className="font-bold cursor-pointer min-h-11">{t('propose')}</summary>
          <SpecForm
            action={proposeAsStaff}
            hidden={{ callId: call.id, ...(actor.role === 'deputy' ? { source: 'deputy' } : {}) }}
            testId="staff-propose-form"
            errorTitle={tc('errorTitle')}
            submit={t('propose')}
            pending={tc('saving')}
            fields={[
              { name: 'communityId', label: t('community'), kind: 'select', options: communityOptions },
              ...(actor.role === 'deputy'
                ? []
                : [
                    {
                      name: 'source',
                      label: t('source'),
                      kind: 'radio' as const,
                      defaultValue: 'committee',
                      options: (['committee', 'community_office'] as const).map((v) => ({ value: v, label: tp(`sources.${v}`) })),
                    },
                    { name: 'proposerName', label: t('proposerName'), hint: t('proposerNameHint'), maxLength: 40 },
                  ]),
              { name: 'title', label: tp('propose.titleLabel'), maxLength: 60 },
              { name: 'place', label: tp('propose.place'), maxLength: 80 },
              { name: 'problem', label: tp('propose.problem'), kind: 'textarea', maxLength: 1000 },
              { name: 'roughCost', label: tp('propose.roughCost'), kind: 'number' },
            ]}
          />
        </details>
      )}
      <ScreeningList actor={actor} call={call} proposals={proposals} />
    </div>
  );
}
