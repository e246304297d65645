import { Link } from '@/lib/i18n/navigation';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  compositesOf,
  getCycle,
  officialInScope,
  officialScore,
  outcomesOf,
  previousCycle,
  vetoesOfOfficial,
} from '@/lib/assessment/queries';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { fieldLabels } from '../../../cycle-fields';
import { Breakdown } from './breakdown';
import { OfficialOutcomes } from './outcomes';

export default async function OfficialScorePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; officialId: string }>;
  searchParams: Promise<{ confirm?: string; outcome?: string; done?: string }>;
}) {
  const [{ id, officialId }, query] = await Promise.all([params, searchParams]);
  const actor = await pageActor('scores.read', `/staff/assessment/${id}/officials/${officialId}`);
  const t = await getTranslations('assessment');
  const loaded = getCycle(Number(id) || 0);
  if (!loaded) notFound();
  const official = officialInScope(actor, Number(officialId) || 0);
  if (!official) forbidden();
  const { cycle, snapshot, indicators } = loaded;
  const score = snapshot ? officialScore(snapshot.id, official.id) : undefined;
  const previous = previousCycle(cycle);
  const before = previous ? compositesOf(previous.snapshot.id).get(official.id) : undefined;
  const vetoes = vetoesOfOfficial(cycle.id, official.id, actor);
  const outcomes = outcomesOf(cycle.id, official.id);
  const base = `/staff/assessment/${cycle.id}/officials/${official.id}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/staff/assessment/${cycle.id}`}>{cycle.name}</Link> ›{' '}
        <Link href={`/staff/assessment/${cycle.id}?unit=${official.unitId}`}>{official.unitName}</Link>
      </p>
      <h1 className="text-2xl font-bold">
        {official.name} <span className="text-lg font-normal">{official.position}</span>
      </h1>
      <p className="flex flex-wrap gap-4 no-print">
        <Link href={`${base}/print`}>{t('official.print')}</Link>
        <Link href={`/staff/inspections?official=${official.id}`}>{t('official.allInspections')}</Link>
        <Link href={`/staff/reviews?official=${official.id}`}>{t('official.allReviews')}</Link>
        <Link href={`/staff/requests?official=${official.id}`}>{t('official.allRequests')}</Link>
      </p>
      {!score ? (
        <p className="notice-info">{snapshot ? t('official.unscored') : t('overview.notComputed')}</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" data-testid="summary">
            <div>
              <dt>{t('columns.composite')}</dt>
              <dd className="text-2xl font-bold num">{score.composite.toFixed(2)}</dd>
            </div>
            <div>
              <dt>{t('columns.grade')}</dt>
              <dd className="text-2xl font-bold">{t(`grades.${score.grade}`)}</dd>
            </div>
            <div>
              <dt>{t('columns.rankInDistrict')}</dt>
              <dd className="num">
                {score.rankInDistrict} / {snapshot!.officialsScored}
              </dd>
            </div>
            <div>
              <dt>{t('columns.previous')}</dt>
              <dd className="num">{before ? `${before.composite.toFixed(2)} (${previous!.cycle.name})` : '—'}</dd>
            </div>
          </dl>
          {vetoes.length > 0 && (
            <div className="error-summary">
              <p className="font-bold">{t('official.vetoed')}</p>
              <ul>
                {vetoes.map((v) => (
                  <li key={v.id}>
                    {v.item}：{v.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Breakdown
            cycle={cycle}
            indicators={indicators}
            official={official}
            scores={score.indicatorScores}
            composite={score.composite}
            grade={score.grade}
          />
        </>
      )}
      <OfficialOutcomes
        cycleId={cycle.id}
        officialId={official.id}
        outcomes={outcomes.map((o) => o.outcome)}
        manage={can(actor.role, 'assessment.manage')}
        canRecord={Boolean(score)}
        labels={await fieldLabels()}
        withdrawing={query.confirm === 'withdraw' ? Number(query.outcome) || undefined : undefined}
        done={query.done}
      />
    </div>
  );
}
