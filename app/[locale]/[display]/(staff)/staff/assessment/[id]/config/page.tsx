import { Link } from '@/lib/i18n/navigation';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AssessmentForm, ComputeButton } from '@/components/assessment/forms';
import { computeScores, updateCycle } from '@/lib/assessment/actions';
import { configOf } from '@/lib/assessment/compute';
import { residentSources, validateConfig } from '@/lib/assessment/config';
import { getCycle, publishedSnapshot, snapshotHistory } from '@/lib/assessment/queries';
import { pageActor } from '@/lib/auth/page';
import { can } from '@/lib/auth/permissions';
import { CycleFields, fieldLabels } from '../../cycle-fields';
import { StalePublication } from '../sections';
import { IndicatorPanel, ManualPanel, PublishPanel, VetoPanel } from './panels';

export default async function CycleConfigPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edit?: string }>;
}) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const actor = await pageActor('assessment.read', `/staff/assessment/${id}/config`);
  const t = await getTranslations('assessment');
  const format = await getFormatter();
  const loaded = getCycle(Number(id) || 0);
  if (!loaded) notFound();
  const { cycle, indicators } = loaded;
  const manage = can(actor.role, 'assessment.manage') && actor.unitPath === null;
  const problems = validateConfig(configOf(cycle, indicators));
  const total = indicators.reduce((s, i) => s + i.weight, 0);
  const residents = indicators.filter((i) => (residentSources as readonly string[]).includes(i.source)).reduce((s, i) => s + i.weight, 0);
  const labels = await fieldLabels();
  return (
    <div className="space-y-8">
      <p>
        <Link href="/staff/assessment">{t('title')}</Link> › <Link href={`/staff/assessment/${cycle.id}`}>{cycle.name}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t('config.title', { name: cycle.name })}</h1>
      <p>
        {t('config.summary', {
          total: Number(total.toFixed(3)),
          residents: Number(residents.toFixed(3)),
          floor: cycle.residentsFloor,
          cap: cycle.excellentCapPercent,
          excellent: cycle.gradeThresholds.excellent,
          competent: cycle.gradeThresholds.competent,
          basic: cycle.gradeThresholds.basic,
        })}
      </p>
      {problems.length > 0 ? (
        <div className="error-summary" data-testid="config-problems">
          <p className="font-bold">{t('config.problemsTitle')}</p>
          <ul className="list-disc pl-6">
            {problems.map((p) => (
              <li key={`${p.key}-${p.values?.code ?? ''}`}>{t(`config.${p.key}`, p.values ?? {})}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice-success">✓ {t('config.ok')}</p>
      )}
      <IndicatorPanel cycleId={cycle.id} indicators={indicators} manage={manage} editId={Number(sp.edit) || null} labels={labels} />
      {manage && (
        <section aria-labelledby="compute" className="space-y-2">
          <h2 id="compute" className="text-xl font-bold">
            {t('compute.title')}
          </h2>
          <p>{t('compute.intro')}</p>
          <ComputeButton cycleId={cycle.id} action={computeScores} />
        </section>
      )}
      <StalePublication cycle={cycle} published={publishedSnapshot(cycle)} current={loaded.snapshot} manage={manage} />
      <section aria-labelledby="history">
        <h2 id="history" className="text-xl font-bold mb-2">
          {t('compute.history')}
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.date')}</th>
              <th scope="col">{t('compute.scored')}</th>
              <th scope="col">{t('compute.inputs')}</th>
              <th scope="col">{t('compute.result')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshotHistory(cycle.id).map((h) => (
              <tr key={h.id}>
                <td className="num">
                  {format.dateTime(h.computedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  {h.current && <span className="tag tag-on ml-1">{t('compute.current')}</span>}
                </td>
                <td className="num">{h.officialsScored}</td>
                <td>
                  <code>{h.inputsFingerprint.slice(0, 16)}</code>
                </td>
                <td>
                  <code>{h.resultFingerprint.slice(0, 16)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <VetoPanel actor={actor} cycleId={cycle.id} items={loaded.vetoItems} manage={manage} labels={labels} />
      <ManualPanel actor={actor} indicators={indicators.filter((i) => i.source === 'manual')} manage={manage} labels={labels} />
      <PublishPanel cycle={cycle} manage={manage} hasResult={Boolean(loaded.snapshot)} labels={labels} />
      {manage && (
        <section aria-labelledby="settings" className="max-w-2xl">
          <h2 id="settings" className="text-xl font-bold mb-2">
            {t('config.settings')}
          </h2>
          <AssessmentForm action={updateCycle} submit={t('config.saveSettings')} labels={labels}>
            <CycleFields cycle={cycle} />
          </AssessmentForm>
        </section>
      )}
    </div>
  );
}
