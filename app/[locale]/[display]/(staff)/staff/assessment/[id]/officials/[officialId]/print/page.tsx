import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/ui/print-button';
import { getCycle, officialInScope, officialScore, outcomesOf } from '@/lib/assessment/queries';
import { pageActor } from '@/lib/auth/page';
import { Breakdown } from '../breakdown';

/** One official's result on one A4 page: the breakdown without the record lists. */
export default async function OfficialPrintPage({ params }: { params: Promise<{ id: string; officialId: string }> }) {
  const { id, officialId } = await params;
  const actor = await pageActor('scores.read', `/staff/assessment/${id}/officials/${officialId}/print`);
  const t = await getTranslations('assessment');
  const loaded = getCycle(Number(id) || 0);
  if (!loaded?.snapshot) notFound();
  const official = officialInScope(actor, Number(officialId) || 0);
  if (!official) forbidden();
  const score = officialScore(loaded.snapshot.id, official.id);
  if (!score) notFound();
  return (
    <article className="space-y-4 max-w-3xl">
      <PrintButton label={t('official.printNow')} />
      <h1 className="text-2xl font-bold">{t('official.printTitle', { cycle: loaded.cycle.name })}</h1>
      <p>
        {official.name} · {official.position} · {official.unitName}
      </p>
      <p className="text-lg">
        {t('columns.composite')} <strong className="num">{score.composite.toFixed(2)}</strong> · {t('columns.grade')}{' '}
        <strong>{t(`grades.${score.grade}`)}</strong> · {t('columns.rankInDistrict')} <span className="num">{score.rankInDistrict}</span> ·{' '}
        {t('columns.rankInLevel')} <span className="num">{score.rankInLevel}</span>
      </p>
      <Breakdown
        cycle={loaded.cycle}
        indicators={loaded.indicators}
        official={official}
        scores={score.indicatorScores}
        composite={score.composite}
        grade={score.grade}
        records={false}
      />
      <p className="text-sm">
        {t('official.fingerprint')} <code className="break-all">{loaded.snapshot.inputsFingerprint}</code>
      </p>
      <ul>
        {outcomesOf(loaded.cycle.id, official.id).map(({ outcome }) => (
          <li key={outcome.id}>
            {outcome.decidedOn} · {t(`outcomes.kinds.${outcome.kind}`)} {outcome.note}
          </li>
        ))}
      </ul>
    </article>
  );
}
