import { Link } from '@/lib/i18n/navigation';
import { callHasRecord } from '@/lib/election/voter-page';
import { callArchivePath } from '@/lib/election/urls';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { idParam } from '@/lib/projects/ids';
import { Money } from '@/components/projects/parts';
import { callOutcome, callProposals, getCall } from '@/lib/projects/queries';
import { moneyArgs } from '@/lib/projects/money';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const found = getCall(idParam((await params).id));
  return { title: found?.call.title ?? (await getTranslations('projects'))('title') };
}

/** A call in public: its rule as published at opening, every proposal with its screening, and once decided the result and each deputy's vote. */
export default async function CallPage({ params }: Props) {
  const found = getCall(idParam((await params).id));
  if (!found) notFound();
  const [t, format] = await Promise.all([getTranslations('projects'), getFormatter()]);
  const { call } = found;
  const rule = call.rule ?? { mode: call.mode, budget: call.budget, maxChoices: call.maxChoices, deputies: null };
  const wan = (yuan: number) => t('wan', moneyArgs(yuan, format));
  const proposals = callProposals(call.id);
  const outcome = callOutcome(call);
  const feasible = proposals.filter((r) => r.p.status === 'feasible');
  return (
    <div className="space-y-8">
      <p>
        <Link href="/projects">← {t('title')}</Link>
      </p>
      <header className="space-y-2 max-w-3xl">
        <h1 className="text-3xl font-bold">{call.title}</h1>
        <p className="text-lg">
          {found.unitName} · <span className="tag">{t(`stages.${call.stage}`)}</span>
        </p>
        {call.intro && <p className="whitespace-pre-wrap">{call.intro}</p>}
      </header>
      <section aria-labelledby="rule" className="space-y-2 max-w-3xl border-l-4 border-[var(--color-accent)] pl-4" data-testid="call-rule">
        <h2 id="rule" className="text-xl font-bold">
          {t('rule.heading')}
        </h2>
        <p>{t('rule.budget', { budget: wan(rule.budget) })}</p>
        <p>
          {rule.mode === 'deputies'
            ? t('rule.deputies', { deputies: rule.deputies ?? 0, counted: rule.deputies !== null ? 'yes' : 'no' })
            : t('rule.residents', { k: rule.maxChoices })}
        </p>
        {call.openedAt && <p className="hint">{t('rule.publishedOn', { date: format.dateTime(call.openedAt, { dateStyle: 'long' }) })}</p>}
      </section>
      {call.stage === 'proposals' && (
        <p>
          <Link href={`/projects/calls/${call.id}/propose`} className="btn-primary">
            {t('calls.propose')}
          </Link>
        </p>
      )}
      {call.stage === 'voting' && call.mode === 'residents' && (
        <p>
          <Link href={`/projects/calls/${call.id}/ballot`} className="btn-primary">
            {t('ballot.open')}
          </Link>
        </p>
      )}
      {call.mode === 'residents' && callHasRecord(call.id) && (
        <p>
          <Link href={`/projects/calls/${call.id}/ballots`} data-testid="call-box">
            {t('ballot.box')}
          </Link>
        </p>
      )}
      {outcome && (
        <section aria-labelledby="result" className="space-y-2">
          <h2 id="result" className="text-xl font-bold">
            {t('result.heading')}
          </h2>
          {call.mode === 'residents' && callHasRecord(call.id) && (
            <p>
              <a href={callArchivePath(call.id)} download className="btn-secondary" data-testid="call-record">
                {t('ballot.record')}
              </a>
            </p>
          )}
          {call.settlements.map((st) => (
            <p key={st.votes} className="notice-info">
              {t('result.settled', { votes: st.votes, reason: st.reason })}
            </p>
          ))}
          <div className="overflow-x-auto">
            <table className="data-table" data-testid="call-result">
              <thead>
                <tr>
                  <th scope="col">{t('list.project')}</th>
                  <th scope="col" className="num">
                    {t('list.budget')}
                  </th>
                  {call.mode === 'deputies' ? (
                    <>
                      <th scope="col" className="num">
                        {t('result.for')}
                      </th>
                      <th scope="col" className="num">
                        {t('result.against')}
                      </th>
                    </>
                  ) : (
                    <th scope="col" className="num">
                      {t('result.votes')}
                    </th>
                  )}
                  <th scope="col">{t('result.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.results.map(({ r, title, cost, projectId }) => (
                  <tr key={r.proposalId}>
                    <td>{projectId ? <Link href={`/projects/${projectId}`}>{title}</Link> : title}</td>
                    <td className="num">{wan(cost ?? 0)}</td>
                    {call.mode === 'deputies' ? (
                      <>
                        <td className="num">{r.votesFor}</td>
                        <td className="num">{r.votesAgainst}</td>
                      </>
                    ) : (
                      <td className="num">{r.votes}</td>
                    )}
                    <td className={r.outcome === 'adopted' ? 'font-bold' : ''}>{t(`outcomes.${r.outcome}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {call.mode === 'deputies' && (
            <>
              <h3 className="text-lg font-bold">{t('result.byDeputy')}</h3>
              <div className="overflow-x-auto">
                <table className="data-table" data-testid="deputy-votes">
                  <thead>
                    <tr>
                      <th scope="col">{t('result.deputy')}</th>
                      {outcome.results.map(({ r, title }) => (
                        <th key={r.proposalId} scope="col">
                          {title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.deputies.map((d) => (
                      <tr key={d.deputyId}>
                        <th scope="row">{d.name}</th>
                        {outcome.results.map(({ r }) => {
                          const v = outcome.votes.find((x) => x.deputyId === d.deputyId && x.proposalId === r.proposalId);
                          return <td key={r.proposalId}>{v ? t(`result.choices.${v.choice}`) : t('result.choices.none')}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>
                <a href={`/api/v1/project-calls/${call.id}/votes?format=csv`}>{t('result.votesCsv')}</a>
              </p>
            </>
          )}
        </section>
      )}
      <section aria-labelledby="proposals" className="space-y-2">
        <h2 id="proposals" className="text-xl font-bold">
          {t('proposals.heading', { count: proposals.length, feasible: feasible.length })}
        </h2>
        <ul className="space-y-3" data-testid="proposals">
          {proposals.map(({ p, community, responsible }) => (
            <li key={p.id} className="border p-3 space-y-1">
              <p className="font-bold">
                {p.title} <span className="tag">{t(`proposalStatuses.${p.status}`)}</span>
              </p>
              <p className="hint">
                {community}
                {p.place ? ` · ${p.place}` : ''} · {t(`sources.${p.source}`)}
                {p.proposerName ? t('proposals.proposer', { name: p.proposerName }) : ''}
              </p>
              <p className="whitespace-pre-wrap">{p.problem}</p>
              {p.status !== 'pending' && (
                <p className="border-l-4 pl-3">
                  {t('proposals.reason')}: {p.screeningReason}
                  {p.mergedIntoId && (
                    <> · {t('proposals.mergedInto', { title: proposals.find((o) => o.p.id === p.mergedIntoId)?.p.title ?? '—' })}</>
                  )}
                  {p.status === 'feasible' && (
                    <>
                      {' '}
                      · {t('proposals.estimated')} <Money yuan={p.estimatedCost} /> · {t('proposals.responsible')} {responsible}
                    </>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <a href={`/api/v1/project-calls/${call.id}`}>JSON</a>
      </p>
    </div>
  );
}
