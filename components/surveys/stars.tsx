import { getTranslations } from 'next-intl/server';
import type { Formula } from '@/lib/ratings/formula';

/** Stars as text (readable by screen readers through the label); 0 means "not rated". */
export async function Stars({ stars }: { stars: number }) {
  const t = await getTranslations('ratings');
  if (stars === 0) return <span className="tag">{t('notRated')}</span>;
  return (
    <span role="img" aria-label={t('starsLabel', { stars })} title={t('starsLabel', { stars })} className="stars">
      {'★'.repeat(stars)}
      <span className="empty">{'☆'.repeat(5 - stars)}</span>
    </span>
  );
}

/** The published formula in words and numbers, the same on every page that shows stars. */
export async function FormulaText({ formula }: { formula: Formula }) {
  const t = await getTranslations('ratings.formula');
  const [five, four, three, two] = formula.thresholds;
  return (
    <div className="space-y-2" data-testid="formula">
      <p className="font-mono text-sm break-words">
        {t('expression', { survey: formula.weights.survey, onTime: formula.weights.onTime, satisfaction: formula.weights.satisfaction })}
      </p>
      <ul className="list-disc pl-6">
        <li>{t('parts')}</li>
        <li>{t('fallback')}</li>
        <li>{t('thresholds', { five, four, three, two })}</li>
        <li>{t('minimum', { n: formula.minResponses })}</li>
        <li>{t('period', { from: formula.requestPeriod.from, to: formula.requestPeriod.to })}</li>
        <li>{t('rounding')}</li>
      </ul>
    </div>
  );
}
