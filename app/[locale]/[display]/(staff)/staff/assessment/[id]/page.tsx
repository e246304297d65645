import { Link } from '@/lib/i18n/navigation';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { reviewGrades, type ReviewGrade } from '@/db/schema';
import { communitiesNeedingAttention } from '@/lib/assessment/attention';
import {
  childUnits,
  compositesOf,
  getCycle,
  outcomesOf,
  previousCycle,
  publishedSnapshot,
  scoreRows,
  unitInScope,
} from '@/lib/assessment/queries';
import { changes, gradeCounts, meanByUnit, scoreBands } from '@/lib/assessment/summary';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { barChartSvg } from '@/lib/charts/bar';
import { Attention, ChangeTable, missingOf, Outcomes, ScoreTable, StalePublication } from './sections';

type Search = { unit?: string; grade?: string };

export default async function AssessmentOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const actor = await pageActor('scores.read', `/staff/assessment/${id}`);
  const t = await getTranslations('assessment');
  const format = await getFormatter();
  const tg = await getTranslations('assessment.grades');
  const tf = await getTranslations('flags');
  const loaded = getCycle(Number(id) || 0);
  if (!loaded) notFound();
  const { cycle, snapshot, indicators } = loaded;
  const unitId = Number(sp.unit) || null;
  const unit = unitId ? unitInScope(actor, unitId) : undefined;
  if (unitId && !unit) forbidden();
  const grade = reviewGrades.includes(sp.grade as ReviewGrade) ? (sp.grade as ReviewGrade) : null;
  const base = `/staff/assessment/${cycle.id}`;
  const href = (q: { unit?: number | null; grade?: string | null }) => {
    const p = new URLSearchParams();
    if (q.unit) p.set('unit', String(q.unit));
    if (q.grade) p.set('grade', q.grade);
    return `${base}${p.size ? `?${p}` : ''}`;
  };

  const header = (
    <div className="space-y-2">
      <p>
        <Link href="/staff/assessment">{t('title')}</Link>
        {unit && (
          <>
            {' › '}
            <Link href={base}>{cycle.name}</Link>
          </>
        )}
      </p>
      <h1 className="text-2xl font-bold">
        {cycle.name}
        {unit ? ` · ${unit.name}` : ''}
      </h1>
      <p className="flex flex-wrap gap-4 no-print">
        {can(actor.role, 'assessment.read') && <Link href={`${base}/config`}>{t('cycles.configure')}</Link>}
        {snapshot && (
          <>
            <a href={`/api/staff/assessment/${cycle.id}/export?format=xlsx${unit ? `&unit=${unit.id}` : ''}`}>{t('overview.exportXlsx')}</a>
            <a href={`/api/staff/assessment/${cycle.id}/export?format=csv${unit ? `&unit=${unit.id}` : ''}`}>{t('overview.exportCsv')}</a>
          </>
        )}
      </p>
      <StalePublication
        cycle={cycle}
        published={publishedSnapshot(cycle)}
        current={snapshot}
        manage={can(actor.role, 'assessment.manage') && actor.unitPath === null}
      />
    </div>
  );
  if (!snapshot)
    return (
      <div className="space-y-4">
        {header}
        <p className="notice-info">{t('overview.notComputed')}</p>
      </div>
    );

  const rows = scoreRows(actor, snapshot.id, unit?.path);
  const counts = gradeCounts(rows);
  const visible = new Set(rows.map((r) => r.officialId));
  const previous = previousCycle(cycle);
  const moved = previous ? changes(rows, compositesOf(previous.snapshot.id)) : [];
  const children = meanByUnit(rows, childUnits(unit ? unit.id : actor.unitId === null ? null : actor.unitId));
  const incomplete = rows.filter((r) => missingOf(r, indicators).length > 0).length;
  const attention = communitiesNeedingAttention(actor, cycle, rows).filter((c) => !unit || c.path.startsWith(unit.path));
  const gradeChart = barChartSvg(
    reviewGrades.map((g) => ({ label: tg(g), value: counts[g], highlight: g === 'excellent' })),
    { title: t('overview.gradeChart'), width: 520 },
  );
  const bandChart = barChartSvg(
    scoreBands(rows).map((b) => ({ label: b.label, value: b.count })),
    { title: t('overview.bandChart'), width: 520 },
  );

  return (
    <div className="space-y-6">
      {header}
      <p className="text-sm">
        <Link href="#officials">
          {t('overview.snapshot', { count: rows.length, at: format.dateTime(snapshot.computedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </Link>{' '}
        <code className="break-all">{snapshot.inputsFingerprint.slice(0, 16)}</code>
      </p>
      {incomplete > 0 && (
        <p className="notice-info" data-testid="incomplete-scores">
          ⚠ {tf('incomplete', { count: incomplete })} <Link href="#officials">{tf('seeList')}</Link>
        </p>
      )}
      <section aria-labelledby="dist">
        <h2 id="dist" className="text-xl font-bold mb-2">
          {t('overview.distribution')}
        </h2>
        <ul className="flex flex-wrap gap-4 mb-3" data-testid="grade-counts">
          {reviewGrades.map((g) => (
            <li key={g}>
              {tg(g)}{' '}
              <Link href={`${href({ unit: unit?.id, grade: g })}#officials`} className="num font-bold">
                {counts[g]}
              </Link>
            </li>
          ))}
        </ul>
        <div className="grid gap-4 lg:grid-cols-2">
          <figure dangerouslySetInnerHTML={{ __html: gradeChart }} />
          <figure dangerouslySetInnerHTML={{ __html: bandChart }} />
        </div>
      </section>
      <section aria-labelledby="extremes" className="grid gap-6 lg:grid-cols-2">
        <div>
          <h2 id="extremes" className="text-xl font-bold mb-2">
            {t('overview.top')}
          </h2>
          <ScoreTable cycleId={cycle.id} rows={rows.slice(0, 5)} indicators={indicators} />
        </div>
        <div>
          <h2 className="text-xl font-bold mb-2">{t('overview.bottom')}</h2>
          <ScoreTable cycleId={cycle.id} rows={rows.slice(-5).reverse()} indicators={indicators} />
        </div>
      </section>
      <section aria-labelledby="change">
        <h2 id="change" className="text-xl font-bold mb-2">
          {t('overview.change')}
        </h2>
        {previous ? (
          <>
            <p className="mb-2">{t('overview.changeFrom', { name: previous.cycle.name, count: moved.length })}</p>
            <div className="grid gap-6 lg:grid-cols-2">
              <ChangeTable cycleId={cycle.id} previousCycleId={previous.cycle.id} rows={moved.slice(0, 5)} />
              <ChangeTable cycleId={cycle.id} previousCycleId={previous.cycle.id} rows={moved.slice(-5).reverse()} />
            </div>
          </>
        ) : (
          <p>{t('overview.noPrevious')}</p>
        )}
      </section>
      {children.length > 0 && (
        <section aria-labelledby="units">
          <h2 id="units" className="text-xl font-bold mb-2">
            {t('overview.units')}
          </h2>
          <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {children.map((u) => (
              <li key={u.id}>
                <Link href={href({ unit: u.id })}>{u.name}</Link> ·{' '}
                <Link href={`${href({ unit: u.id })}#officials`}>{t('overview.unitMean', { mean: u.mean ?? 0, count: u.officials })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Attention cycleId={cycle.id} communities={attention} />
      <Outcomes cycleId={cycle.id} outcomes={outcomesOf(cycle.id).filter((o) => visible.has(o.outcome.officialId))} />
      <section aria-labelledby="officials" id="officials">
        <h2 id="officials-title" className="text-xl font-bold mb-2">
          {grade ? t('overview.officialsGrade', { grade: tg(grade) }) : t('overview.officials')}
          {grade && (
            <>
              {' '}
              <Link href={href({ unit: unit?.id })} className="text-base font-normal">
                {t('overview.clearFilter')}
              </Link>
            </>
          )}
        </h2>
        <ScoreTable
          cycleId={cycle.id}
          rows={grade ? rows.filter((r) => r.grade === grade) : rows}
          indicators={indicators}
          testId="score-table"
        />
      </section>
    </div>
  );
}
